import { hashBytes, signingInput, type AlgorithmSpec, type HashName } from './algorithms';
import { decodeBase64url, encodeBase64url } from './base64url';
import type { DecodedToken } from './decode';
import { ecdsaDerToRaw } from './der-keys';
import { decodeSecret, SECRET_ENCODINGS, type SecretEncoding } from './secret';
import type { Attempt, Diagnosis } from './signature-types';
import { verifyWithSecret } from './verify-primitives';

export interface DiagnosisContext {
  spec: AlgorithmSpec;
  decoded: DecodedToken;
  signature: Uint8Array<ArrayBuffer>;
  /** Verifies a signature over some input with the key (or keys) the check resolved. */
  verify: (input: Uint8Array<ArrayBuffer>, signature: Uint8Array<ArrayBuffer>) => Promise<boolean>;
  /** The expected signature length in bytes, when the key fixes it (RSA: the modulus length). */
  expectedLength?: number;
  /** For HMAC: the secret as typed, to try other readings of it. */
  secret?: { text: string; encoding: SecretEncoding; key: Uint8Array };
}

export interface DiagnosisResult {
  diagnosis?: Diagnosis;
  attempts: Attempt[];
}

/**
 * Tries the usual reasons a signature fails and reports the first that explains it: a signature
 * of the wrong form or length, the secret read in another encoding or without surrounding
 * whitespace, and segments in the standard base64 alphabet. Every alternative tried is listed,
 * so the page can show what was ruled out.
 */
export async function diagnoseFailure(context: DiagnosisContext): Promise<DiagnosisResult> {
  const attempts: Attempt[] = [];
  const structural = await diagnoseSignatureShape(context, attempts);
  if (structural !== undefined) return { diagnosis: structural, attempts };

  if (context.secret !== undefined) {
    const secretCause = await diagnoseSecret(context, context.secret, attempts);
    if (secretCause !== undefined) return { diagnosis: secretCause, attempts };
  }

  const alphabet = await diagnoseAlphabet(context, attempts);
  if (alphabet !== undefined) return { diagnosis: alphabet, attempts };
  return { attempts };
}

function expectedSignatureLength(context: DiagnosisContext): number | undefined {
  const { spec } = context;
  switch (spec.family) {
    case 'hmac':
      return hashBytes(spec.hash as HashName);
    case 'ecdsa':
      return (spec.coordinateBytes as number) * 2;
    case 'eddsa':
      return 64;
    default:
      return context.expectedLength;
  }
}

async function diagnoseSignatureShape(context: DiagnosisContext, attempts: Attempt[]): Promise<Diagnosis | undefined> {
  const { spec, signature } = context;
  const expected = expectedSignatureLength(context);
  if (expected === undefined || signature.length === expected) return undefined;
  const input = tokenSigningInput(context.decoded);

  if (spec.family === 'ecdsa') {
    const raw = ecdsaDerToRaw(signature, spec.coordinateBytes as number);
    if (raw !== undefined) {
      const verified = await context.verify(input, raw);
      attempts.push({ code: 'ecdsa-der', verified });
      return { code: 'ecdsa-der', params: { length: signature.length, expected } };
    }
    if (signature.length < expected) {
      const verified = await tryPaddedCoordinates(context, input);
      attempts.push({ code: 'ecdsa-padding', verified });
    }
  }

  attempts.push({ code: 'signature-length', verified: false, params: { length: signature.length, expected } });
  return { code: 'signature-length', params: { length: signature.length, expected } };
}

// Some encoders drop a leading zero byte of R or S, giving 63 bytes for ES256. Every split of the
// short signature into R and S is padded back to full length and tried.
async function tryPaddedCoordinates(context: DiagnosisContext, input: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const size = context.spec.coordinateBytes as number;
  const { signature } = context;
  for (let rLength = Math.max(1, signature.length - size); rLength <= Math.min(size, signature.length - 1); rLength++) {
    const padded = new Uint8Array(size * 2);
    padded.set(signature.subarray(0, rLength), size - rLength);
    padded.set(signature.subarray(rLength), size * 2 - (signature.length - rLength));
    if (await context.verify(input, padded)) return true;
  }
  return false;
}

async function diagnoseSecret(context: DiagnosisContext, secret: NonNullable<DiagnosisContext['secret']>, attempts: Attempt[]): Promise<Diagnosis | undefined> {
  const { spec, signature } = context;
  const input = tokenSigningInput(context.decoded);

  for (const encoding of SECRET_ENCODINGS) {
    if (encoding === secret.encoding) continue;
    const key = decodeSecret(secret.text, encoding);
    if (!key.ok || sameBytes(key.value, secret.key)) continue;
    const verified = await verifyWithSecret(spec, key.value, input, signature);
    attempts.push({ code: 'secret-encoding', verified, params: { encoding } });
    if (verified) return { code: 'secret-encoding', params: { encoding, typed: secret.encoding } };
  }

  const variants: { code: 'secret-trimmed' | 'secret-newline-added'; text: string }[] = [];
  if (secret.text.trim() !== secret.text) variants.push({ code: 'secret-trimmed', text: secret.text.trim() });
  if (secret.encoding === 'utf8' && !secret.text.endsWith('\n')) variants.push({ code: 'secret-newline-added', text: `${secret.text}\n` });
  for (const variant of variants) {
    const key = decodeSecret(variant.text, secret.encoding);
    if (!key.ok || key.value.length === 0) continue;
    const verified = await verifyWithSecret(spec, key.value, input, signature);
    attempts.push({ code: variant.code, verified });
    if (verified) return { code: 'secret-whitespace', params: { change: variant.code === 'secret-trimmed' ? 'trimmed' : 'newline-added' } };
  }
  return undefined;
}

async function diagnoseAlphabet(context: DiagnosisContext, attempts: Attempt[]): Promise<Diagnosis | undefined> {
  const { decoded } = context;
  const affected = decoded.nonCanonical.filter((entry) => entry.part === 'header' || entry.part === 'payload');
  if (affected.length === 0) return undefined;

  const [header, payload] = decoded.segments.map((segment) => {
    const bytes = decodeBase64url(segment);
    return bytes.ok ? encodeBase64url(bytes.value.bytes) : segment;
  });
  const verified = await context.verify(signingInput(header ?? '', payload ?? ''), context.signature);
  attempts.push({ code: 'canonical-segments', verified });
  if (!verified) return undefined;
  return { code: 'base64-alphabet', params: { chars: [...new Set(affected.flatMap((entry) => entry.chars))].join(' ') } };
}

function tokenSigningInput(decoded: DecodedToken): Uint8Array<ArrayBuffer> {
  return signingInput(decoded.segments[0] ?? '', decoded.segments[1] ?? '');
}

function sameBytes(left: Uint8Array, right: Uint8Array): boolean {
  return left.length === right.length && left.every((byte, index) => byte === right[index]);
}
