import { useMemo, useState } from 'react';
import type { Result } from '../../../jwt/types';
import {
  decodeBase64url,
  encodeBase64url,
  encodeSegment,
  layoutToken,
  toBase64urlGroups,
  toUtf8Bytes,
  type Base64urlGroup,
  type EncodedSegment,
  type TokenLayout,
} from '../../../jwt/walkthrough';
import { parseJsonObject, replaceHeaderAlg, setJsonMember, type JsonTextError } from '../../../jwt/walkthrough-json';
import {
  generateWalkthroughKeyPair,
  isWalkthroughAlg,
  signAsymmetric,
  signHs256,
  verifyAsymmetric,
  verifyHs256,
  type AsymmetricAlg,
  type WalkthroughAlg,
  type WalkthroughKeyPair,
} from '../../../jwt/walkthrough-sign';
import { useAsyncResult, type AsyncResult } from './use-async-result';

export const DEFAULT_HEADER = '{\n  "alg": "HS256",\n  "typ": "JWT"\n}';
export const DEFAULT_PAYLOAD = '{\n  "sub": "user-1024",\n  "name": "김민지",\n  "role": "member",\n  "iat": 1767225600,\n  "exp": 1767227400\n}';
// 38 bytes, above the 32-byte minimum for HS256. It is shown on the page, so it is a demo value, not a secret.
export const DEFAULT_SECRET = 'jwt-lab-walkthrough-demo-secret-2026!!';

// RFC 7515 Appendix A.1: header and payload keep their CRLF line breaks, and the HMAC key is 64
// random bytes written in base64url. Signing them reproduces the token printed in the RFC.
export const RFC7515_EXAMPLE = {
  headerText: '{"typ":"JWT",\r\n "alg":"HS256"}',
  payloadText: '{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}',
  keyBase64url: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
};

export type SecretEncoding = 'utf8' | 'base64url';
export type SecretIssue = 'empty' | 'invalid-base64url';

export interface JsonSegment extends EncodedSegment {
  value: Record<string, unknown>;
}

export type AlgIssue = { code: 'alg-missing' } | { code: 'alg-unsupported'; alg: string };

export interface SignatureBuild {
  bytes: Uint8Array<ArrayBuffer>;
  groups: Base64urlGroup[];
  encoded: string;
}

export interface Verification {
  original: boolean;
  tampered: boolean;
  tamperedRole: string;
}

function buildJsonSegment(text: string, compact: boolean): Result<JsonSegment, JsonTextError> {
  const parsed = parseJsonObject(text);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { ...encodeSegment(compact ? parsed.value.compact : text), value: parsed.value.value } };
}

function findAlg(header: Result<JsonSegment, JsonTextError>): { alg: WalkthroughAlg | null; issue: AlgIssue | null } {
  if (!header.ok) return { alg: null, issue: null };
  const alg = header.value.value.alg;
  if (typeof alg !== 'string') return { alg: null, issue: { code: 'alg-missing' } };
  if (!isWalkthroughAlg(alg)) return { alg: null, issue: { code: 'alg-unsupported', alg } };
  return { alg, issue: null };
}

/** State and every derived value of the walkthrough. Signing and verifying run in WebCrypto. */
export function useWalkthrough() {
  const [headerText, setHeaderText] = useState(DEFAULT_HEADER);
  const [payloadText, setPayloadText] = useState(DEFAULT_PAYLOAD);
  const [compact, setCompact] = useState(true);
  const [secret, setSecret] = useState(DEFAULT_SECRET);
  const [secretEncoding, setSecretEncoding] = useState<SecretEncoding>('utf8');
  const [keyGeneration, setKeyGeneration] = useState(0);

  const secretBytes = useMemo(() => (secretEncoding === 'utf8' ? toUtf8Bytes(secret) : decodeBase64url(secret)), [secret, secretEncoding]);
  let secretIssue: SecretIssue | null = null;
  if (secret === '') secretIssue = 'empty';
  else if (secretBytes === null) secretIssue = 'invalid-base64url';

  const header = useMemo(() => buildJsonSegment(headerText, compact), [headerText, compact]);
  const payload = useMemo(() => buildJsonSegment(payloadText, compact), [payloadText, compact]);
  const { alg, issue: algIssue } = findAlg(header);
  const asymmetricAlg: AsymmetricAlg | null = alg === 'RS256' || alg === 'ES256' ? alg : null;
  const signingInput = header.ok && payload.ok ? `${header.value.encoded}.${payload.value.encoded}` : null;

  const keyPair: AsyncResult<WalkthroughKeyPair> = useAsyncResult(asymmetricAlg && `${asymmetricAlg}#${keyGeneration}`, () =>
    generateWalkthroughKeyPair(asymmetricAlg as AsymmetricAlg),
  );
  const readyKeyPair = keyPair.status === 'done' && keyPair.value.alg === alg ? keyPair.value : null;
  const hmacKey = alg === 'HS256' && secretIssue === null ? (secretBytes as Uint8Array<ArrayBuffer>) : null;

  // The request key lists every input the signature depends on. It stays in memory, like the secret itself.
  const signatureKey =
    signingInput === null || alg === null || (alg === 'HS256' && hmacKey === null)
      ? null
      : alg === 'HS256'
        ? `HS256|${signingInput}|${secretEncoding}|${secret}`
        : readyKeyPair && `${alg}|${signingInput}|${readyKeyPair.publicJwk.kid}`;

  const signature = useAsyncResult<SignatureBuild>(signatureKey, async () => {
    const bytes =
      alg === 'HS256'
        ? await signHs256(hmacKey as Uint8Array<ArrayBuffer>, signingInput as string)
        : await signAsymmetric(asymmetricAlg as AsymmetricAlg, (readyKeyPair as WalkthroughKeyPair).privateKey, signingInput as string);
    const copy = new Uint8Array(bytes);
    return { bytes: copy, groups: toBase64urlGroups(copy), encoded: encodeBase64url(copy) };
  });

  const layout: TokenLayout | null =
    signature.status === 'done' && header.ok && payload.ok ? layoutToken(header.value.encoded, payload.value.encoded, signature.value.encoded) : null;

  const verification = useAsyncResult<Verification>(layout && `${signatureKey}|${layout.token}`, async () => {
    const current = layout as TokenLayout;
    const currentPayload = payload as { ok: true; value: JsonSegment };
    const signatureBytes = (signature as { status: 'done'; value: SignatureBuild }).value.bytes;
    const tamperedRole = currentPayload.value.value.role === 'admin' ? 'owner' : 'admin';
    const tamperedPayload = encodeSegment(setJsonMember(currentPayload.value.text, 'role', tamperedRole));
    const tamperedInput = `${current.signingInput.slice(0, current.header.end)}.${tamperedPayload.encoded}`;

    const check = (input: string) =>
      alg === 'HS256'
        ? verifyHs256(hmacKey as Uint8Array<ArrayBuffer>, input, signatureBytes)
        : verifyAsymmetric(asymmetricAlg as AsymmetricAlg, (readyKeyPair as WalkthroughKeyPair).publicKey, input, signatureBytes);
    const [original, tampered] = await Promise.all([check(current.signingInput), check(tamperedInput)]);
    return { original, tampered, tamperedRole };
  });

  return {
    headerText,
    setHeaderText,
    payloadText,
    setPayloadText,
    compact,
    setCompact,
    secret,
    setSecret,
    secretEncoding,
    setSecretEncoding,
    secretBytes,
    secretIssue: alg === 'HS256' ? secretIssue : null,
    loadRfcExample: () => {
      setHeaderText(RFC7515_EXAMPLE.headerText);
      setPayloadText(RFC7515_EXAMPLE.payloadText);
      setCompact(false);
      setSecret(RFC7515_EXAMPLE.keyBase64url);
      setSecretEncoding('base64url');
    },
    selectAlg: (next: WalkthroughAlg) => setHeaderText((text) => replaceHeaderAlg(text, next)),
    regenerateKeyPair: () => setKeyGeneration((generation) => generation + 1),
    header,
    payload,
    alg,
    algIssue,
    signingInput,
    keyPair,
    signature,
    layout,
    verification,
  };
}

export type Walkthrough = ReturnType<typeof useWalkthrough>;
