import { algorithmSpec, signingInput, type AlgorithmSpec } from './algorithms';
import { encodeBase64url } from './base64url';
import { decodeToken } from './decode';
import { importSignKey, keyMismatch, type KeyProblem } from './key-import';
import { parseKeyText } from './keys';
import { decodeSecret, type SecretEncoding } from './secret';
import type { Reason } from './signature-types';
import type { Result } from './types';
import { importSecret, signWithKey } from './verify-primitives';

export interface SignRequest {
  /** A compact token whose header names the algorithm to sign with. */
  token: string;
  secret: string;
  secretEncoding: SecretEncoding;
  privateKey: string;
}

/**
 * Signs a token's header and payload segments exactly as they are and returns the token with the
 * new signature. Fails with a reason (no secret, a public key where a private one is needed, a key
 * of the wrong type) instead of throwing. An `alg` of `none` gets an empty signature.
 */
export async function signToken(request: SignRequest): Promise<Result<string, Reason>> {
  const decoded = decodeToken(request.token);
  if (decoded.form !== 'jws') return { ok: false, error: { code: 'not-jws', params: { count: decoded.segments.length } } };
  const alg = decoded.header?.value?.alg;
  if (decoded.header?.value === undefined) return { ok: false, error: { code: 'header-unreadable' } };
  if (typeof alg !== 'string' || alg === '') return { ok: false, error: { code: 'alg-missing' } };

  const [header, payload] = decoded.segments as [string, string, string];
  if (alg === 'none') return { ok: true, value: `${header}.${payload}.` };
  const spec = algorithmSpec(alg);
  if (spec === undefined) return { ok: false, error: { code: 'alg-unsupported', params: { alg } } };

  const key = spec.family === 'hmac' ? await secretKey(request, spec) : await privateKey(request, spec);
  if (!key.ok) return key;
  const signature = await signWithKey(spec, key.value, signingInput(header, payload));
  return { ok: true, value: `${header}.${payload}.${encodeBase64url(signature)}` };
}

async function secretKey(request: SignRequest, spec: AlgorithmSpec): Promise<Result<CryptoKey, Reason>> {
  if (request.secret === '') return { ok: false, error: { code: 'no-secret', params: { alg: spec.alg } } };
  const bytes = decodeSecret(request.secret, request.secretEncoding);
  if (!bytes.ok) {
    return { ok: false, error: { code: 'secret-invalid', params: { encoding: bytes.error.encoding, problem: bytes.error.reason, position: bytes.error.position ?? 0 } } };
  }
  return { ok: true, value: await importSecret(spec, bytes.value, 'sign') };
}

async function privateKey(request: SignRequest, spec: AlgorithmSpec): Promise<Result<CryptoKey, Reason>> {
  if (request.privateKey.trim() === '') return { ok: false, error: { code: 'no-private-key', params: { alg: spec.alg } } };
  const parsed = parseKeyText(request.privateKey);
  if (!parsed.ok) return { ok: false, error: { code: `key-${parsed.error.reason}`, params: { field: 'private' } } };

  // A JWK Set may hold several private keys; the first that fits the algorithm signs.
  const key = parsed.value.keys.find((candidate) => keyMismatch(candidate, spec) === undefined) ?? parsed.value.keys[0];
  if (key === undefined) return { ok: false, error: { code: 'key-jwks-empty', params: { field: 'private' } } };
  const imported = await importSignKey(key, spec);
  return imported.ok ? imported : { ok: false, error: problemReason(imported.error) };
}

function problemReason(problem: KeyProblem): Reason {
  const { reason, ...params } = problem;
  return { code: reason, params: { ...params, field: 'private' } };
}
