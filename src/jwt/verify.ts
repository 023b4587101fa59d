import { algorithmSpec, signingInput, type AlgorithmSpec } from './algorithms';
import { decodeBase64url } from './base64url';
import type { DecodedToken } from './decode';
import { diagnoseFailure } from './diagnose';
import { headerKey } from './header-key';
import { importVerifyKey, selectKeys, type KeyCandidate, type KeyProblem } from './key-import';
import { parseKeyText, type KeyInput, type KeyInputError } from './keys';
import { decodeSecret, secretFindings, type SecretEncoding } from './secret';
import type { Attempt, KeyNote, Reason, SignatureCheck } from './signature-types';
import type { Finding } from './types';
import { verifyWithKey, verifyWithSecret } from './verify-primitives';

export interface SignatureRequest {
  decoded: DecodedToken;
  secret: string;
  secretEncoding: SecretEncoding;
  publicKey: string;
  privateKey: string;
  /** The token came from editing the header or payload and still carries the old signature. */
  editedAfterSigning?: boolean;
  /** Verify with the key that the token carries in its own `jwk` or `x5c` header. */
  useHeaderKey?: boolean;
}

/** `crit` extensions this app understands: only `b64` (RFC 7797), whose signing input it already handles. */
const UNDERSTOOD_CRIT = new Set(['b64']);

/**
 * Checks a token's signature with the current secret or key, over the segments exactly as given.
 * Without a secret or key the status is `unchecked`; when the signature does not verify, the usual
 * causes are tried and the one that explains it is returned as the diagnosis.
 */
export async function checkSignature(request: SignatureRequest): Promise<SignatureCheck> {
  const { decoded } = request;
  const base = { attempts: [] as Attempt[], notes: [] as KeyNote[], findings: [] as Finding[] };
  if (decoded.form === 'empty') return { ...base, status: 'unchecked', reason: { code: 'no-token' } };
  if (decoded.form !== 'jws') return { ...base, status: 'unchecked', reason: { code: 'not-jws', params: { count: decoded.segments.length } } };

  const header = decoded.header?.value;
  if (header === undefined) return { ...base, status: 'unchecked', reason: { code: 'header-unreadable' } };
  const alg = header.alg;
  if (typeof alg !== 'string' || alg === '') return { ...base, status: 'unsupported', reason: { code: 'alg-missing' } };
  if (alg === 'none') {
    const notes: KeyNote[] = decoded.segments[2] !== '' ? [{ code: 'unsecured-signature-present' }] : [];
    return { ...base, notes, alg, status: 'unsecured', reason: { code: 'alg-none' } };
  }

  const spec = algorithmSpec(alg);
  if (spec === undefined) return { ...base, alg, status: 'unsupported', reason: { code: 'alg-unsupported', params: { alg } } };
  const unknownCrit = Array.isArray(header.crit) ? header.crit.filter((name) => typeof name !== 'string' || !UNDERSTOOD_CRIT.has(name)) : [];
  if (unknownCrit.length > 0) {
    return { ...base, alg, status: 'unsupported', reason: { code: 'crit-unsupported', params: { names: unknownCrit.map(String).join(', ') } } };
  }

  const resolved = spec.family === 'hmac' ? resolveSecret(request, spec) : await resolvePublicKeys(request, spec);
  const check: SignatureCheck = { ...base, alg, status: 'unchecked', reason: { code: 'no-key' }, notes: resolved.notes, findings: resolved.findings };
  if (resolved.kind === 'missing') {
    if (request.editedAfterSigning) return contentEdited(check);
    return { ...check, reason: resolved.reason };
  }
  if (resolved.kind === 'error') {
    return { ...check, status: resolved.status ?? 'key-error', reason: resolved.reason, ...(resolved.diagnosis ? { diagnosis: resolved.diagnosis } : {}), attempts: resolved.attempts ?? [] };
  }

  const signature = decodeBase64url(decoded.segments[2] as string);
  if (!signature.ok) {
    if (request.editedAfterSigning) return contentEdited(check);
    return { ...check, status: 'invalid', reason: { code: 'signature-undecodable', params: { position: signature.error.index + 1 } } };
  }

  const input = signingInput(decoded.segments[0] as string, decoded.segments[1] as string);
  const signatureBytes = new Uint8Array(signature.value.bytes);
  const verifiedBy = await resolved.verify(input, signatureBytes);
  if (verifiedBy !== undefined) {
    return { ...check, status: 'valid', reason: { code: 'verified' }, notes: [...check.notes, ...verifiedBy] };
  }
  if (request.editedAfterSigning) return contentEdited(check);

  const { diagnosis, attempts } = await diagnoseFailure({
    spec,
    decoded,
    signature: signatureBytes,
    verify: async (alternativeInput, alternativeSignature) => (await resolved.verify(alternativeInput, alternativeSignature)) !== undefined,
    ...(resolved.expectedLength !== undefined ? { expectedLength: resolved.expectedLength } : {}),
    ...(resolved.secret !== undefined ? { secret: resolved.secret } : {}),
  });
  return { ...check, status: 'invalid', reason: { code: 'mismatch' }, attempts, ...(diagnosis ? { diagnosis } : {}) };
}

function contentEdited(check: SignatureCheck): SignatureCheck {
  return { ...check, status: 'invalid', reason: { code: 'content-edited' }, diagnosis: { code: 'content-edited' } };
}

/** A key ready to check with, or why there is none. `verify` returns the notes of the key that verified. */
type Resolved =
  | {
      kind: 'ready';
      verify: (input: Uint8Array<ArrayBuffer>, signature: Uint8Array<ArrayBuffer>) => Promise<KeyNote[] | undefined>;
      notes: KeyNote[];
      findings: Finding[];
      expectedLength?: number;
      secret?: { text: string; encoding: SecretEncoding; key: Uint8Array };
    }
  | { kind: 'missing'; reason: Reason; notes: KeyNote[]; findings: Finding[] }
  | {
      kind: 'error';
      reason: Reason;
      status?: 'key-error' | 'unsupported';
      diagnosis?: SignatureCheck['diagnosis'];
      attempts?: Attempt[];
      notes: KeyNote[];
      findings: Finding[];
    };

function resolveSecret(request: SignatureRequest, spec: AlgorithmSpec): Resolved {
  const empty = { notes: [], findings: [] };
  if (request.secret === '') {
    if (request.publicKey.trim() !== '') {
      return { ...empty, kind: 'error', reason: { code: 'public-key-for-hmac', params: { alg: spec.alg } }, diagnosis: { code: 'key-type', params: { alg: spec.alg } } };
    }
    return { ...empty, kind: 'missing', reason: { code: 'no-secret', params: { alg: spec.alg } } };
  }

  const key = decodeSecret(request.secret, request.secretEncoding);
  if (!key.ok) {
    const params = { encoding: key.error.encoding, problem: key.error.reason, position: key.error.position ?? 0 };
    return { ...empty, kind: 'error', reason: { code: 'secret-invalid', params } };
  }
  const findings = secretFindings(request.secret, request.secretEncoding, key.value, spec);
  const secretKey = key.value;
  return {
    kind: 'ready',
    notes: [],
    findings,
    secret: { text: request.secret, encoding: request.secretEncoding, key: secretKey },
    verify: async (input, signature) => ((await verifyWithSecret(spec, secretKey, input, signature)) ? [] : undefined),
  };
}

async function resolvePublicKeys(request: SignatureRequest, spec: AlgorithmSpec): Promise<Resolved> {
  const notes: KeyNote[] = [];
  const findings: Finding[] = [];
  let input: KeyInput;

  if (request.useHeaderKey) {
    const embedded = headerKey(request.decoded);
    if (embedded === undefined) return { kind: 'missing', reason: { code: 'no-key', params: { alg: spec.alg } }, notes, findings };
    if (!embedded.ok) return keyInputError(embedded.error, 'public', notes, findings);
    input = embedded.value.input;
    notes.push({ code: 'header-key-used', params: { member: embedded.value.member } });
    findings.push({ code: 'key-in-header', severity: 'danger', params: { parameters: embedded.value.member } });
  } else {
    const field = request.publicKey.trim() !== '' ? 'public' : request.privateKey.trim() !== '' ? 'private' : undefined;
    if (field === undefined) return { kind: 'missing', reason: { code: 'no-key', params: { alg: spec.alg } }, notes, findings };
    const parsed = parseKeyText(field === 'public' ? request.publicKey : request.privateKey);
    if (!parsed.ok) return keyInputError(parsed.error, field, notes, findings);
    input = parsed.value;
    if (field === 'private') notes.push({ code: 'private-field-used' });
    for (const step of input.normalization) notes.push({ code: step });
    const steps: string[] = input.normalization.map((step) => (step === 'extra-blocks-ignored' ? 'text-around-pem' : step));
    if (field === 'public' && input.keys.length === 1 && input.keys[0]?.visibility === 'private') steps.push('public-half');
    if (steps.length > 0) findings.push({ code: 'key-normalized', severity: 'info', params: { steps: [...new Set(steps)].join(',') } });
  }

  const kid = typeof request.decoded.header?.value?.kid === 'string' ? request.decoded.header.value.kid : undefined;
  const selected = selectKeys(input, spec, kid);
  if (!selected.ok) return keyProblemError(selected.error, input, spec, request, notes, findings);

  const candidates: { candidate: KeyCandidate; key: CryptoKey }[] = [];
  let lastProblem: KeyProblem | undefined;
  for (const candidate of selected.value) {
    const imported = await importVerifyKey(candidate.key, spec);
    if (imported.ok) candidates.push({ candidate, key: imported.value });
    else lastProblem = imported.error;
  }
  if (candidates.length === 0) return keyProblemError(lastProblem as KeyProblem, input, spec, request, notes, findings);

  for (const { candidate } of candidates) {
    const source = candidate.key.source;
    if (source === 'pkcs1-public' || source === 'pkcs1-private') notes.push({ code: 'converted-pkcs1' });
    if (source === 'sec1') notes.push({ code: 'converted-sec1' });
    if (source === 'certificate') notes.push({ code: 'certificate-key' });
    if (candidate.key.visibility === 'private') notes.push({ code: 'private-key-public-half' });
    const bits = candidate.key.info.bits;
    if (candidate.key.info.kty === 'RSA' && bits !== undefined && bits < 2048) {
      findings.push({ code: 'weak-rsa-key', severity: 'warning', params: { bits, minBits: 2048 } });
    }
  }

  const modulus = (candidates[0]?.key.algorithm as RsaHashedKeyAlgorithm | undefined)?.modulusLength;
  return {
    kind: 'ready',
    notes: uniqueNotes(notes),
    findings,
    ...(modulus !== undefined ? { expectedLength: Math.ceil(modulus / 8) } : {}),
    verify: async (signedInput, signature) => {
      for (const { candidate, key } of candidates) {
        if (await verifyWithKey(spec, key, signedInput, signature)) {
          return input.isSet ? [{ code: 'jwks-key-used', params: { kid: candidate.key.kid ?? '-', index: candidate.index + 1 } }] : [];
        }
      }
      return undefined;
    },
  };
}

function keyInputError(error: KeyInputError, field: 'public' | 'private', notes: KeyNote[], findings: Finding[]): Resolved {
  const params: Record<string, string | number> = { field };
  if ('label' in error) params.label = error.label;
  if ('position' in error && error.position !== undefined) params.position = error.position;
  if ('message' in error) params.detail = error.message;
  return { kind: 'error', reason: { code: `key-${error.reason}`, params }, notes, findings };
}

async function keyProblemError(problem: KeyProblem, input: KeyInput, spec: AlgorithmSpec, request: SignatureRequest, notes: KeyNote[], findings: Finding[]): Promise<Resolved> {
  const { reason, ...params } = problem;
  const base = { kind: 'error' as const, reason: { code: reason, params }, notes, findings };
  if (reason === 'runtime-unsupported') return { ...base, status: 'unsupported' };
  if (reason === 'key-type' || reason === 'no-fitting-key') return { ...base, diagnosis: { code: 'key-type', params } };
  if (reason !== 'kid-not-found') return base;

  // The kid names no key in the set. Say whether another key in it would verify, because a
  // rotated key with a new kid is the common cause.
  const attempts: Attempt[] = [];
  const decoded = request.decoded;
  const signature = decodeBase64url(decoded.segments[2] as string);
  if (signature.ok) {
    const signed = signingInput(decoded.segments[0] as string, decoded.segments[1] as string);
    for (const [index, key] of input.keys.entries()) {
      const imported = await importVerifyKey(key, spec);
      if (!imported.ok) continue;
      const verified = await verifyWithKey(spec, imported.value, signed, new Uint8Array(signature.value.bytes));
      attempts.push({ code: 'other-jwks-key', verified, params: { kid: key.kid ?? '-', index: index + 1 } });
    }
  }
  return { ...base, diagnosis: { code: 'kid-not-found', params }, attempts };
}

function uniqueNotes(notes: KeyNote[]): KeyNote[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const key = `${note.code}:${JSON.stringify(note.params ?? {})}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
