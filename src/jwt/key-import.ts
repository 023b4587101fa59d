import { importParams, requiredKeyType, type AlgorithmSpec } from './algorithms';
import { describeKey, type Jwk, type KeyInput, type ParsedKey } from './keys';
import type { Result } from './types';

/** Why a key cannot be used for the token's algorithm. Params are technical names, never key material. */
export type KeyProblem =
  | { reason: 'key-type'; keyType: string; alg: string; expected: string }
  | { reason: 'kid-not-found'; kid: string; available: string }
  | { reason: 'no-fitting-key'; alg: string; available: string }
  | { reason: 'public-for-signing' }
  | { reason: 'import-failed'; keyType: string; alg: string }
  | { reason: 'runtime-unsupported'; alg: string };

const EXPECTED: Record<string, string> = { oct: 'secret', RSA: 'RSA', EC: 'EC', OKP: 'OKP' };

/** Tells why a key does not fit `spec` (wrong key type or curve), or undefined when it fits. */
export function keyMismatch(key: ParsedKey, spec: AlgorithmSpec): KeyProblem | undefined {
  const required = requiredKeyType(spec);
  const expected = required.crv === undefined ? (EXPECTED[required.kty] as string) : `${required.kty} ${required.crv}`;
  const fits = key.info.kty === required.kty && (required.crv === undefined || key.info.crv === required.crv);
  // An SPKI marked id-RSASSA-PSS may only be used for PSS, and WebCrypto does not import it at all.
  const pssOnly = key.info.algorithm === 'RSASSA-PSS';
  if (fits && !pssOnly) return undefined;
  return { reason: 'key-type', keyType: pssOnly ? 'RSASSA-PSS' : describeKey(key.info), alg: spec.alg, expected };
}

export interface KeyCandidate {
  key: ParsedKey;
  /** Position in the JWK Set, counting from 0. */
  index: number;
}

/**
 * Chooses the keys to try. In a JWK Set the token's `kid` picks the key; without a `kid`, every
 * key whose type (and `alg`, when the key names one) fits the algorithm is a candidate.
 */
export function selectKeys(input: KeyInput, spec: AlgorithmSpec, kid: string | undefined): Result<KeyCandidate[], KeyProblem> {
  const all = input.keys.map((key, index) => ({ key, index }));
  if (!input.isSet) {
    const only = all[0] as KeyCandidate;
    const mismatch = keyMismatch(only.key, spec);
    return mismatch === undefined ? { ok: true, value: [only] } : { ok: false, error: mismatch };
  }

  const available = input.keys.map((key) => key.kid ?? '-').join(', ');
  if (kid !== undefined) {
    const matching = all.filter((candidate) => candidate.key.kid === kid);
    if (matching.length === 0) return { ok: false, error: { reason: 'kid-not-found', kid, available } };
    const fitting = matching.filter((candidate) => keyMismatch(candidate.key, spec) === undefined);
    if (fitting.length === 0) return { ok: false, error: keyMismatch((matching[0] as KeyCandidate).key, spec) as KeyProblem };
    return { ok: true, value: fitting };
  }

  const fitting = all.filter((candidate) => keyMismatch(candidate.key, spec) === undefined && (candidate.key.alg === undefined || candidate.key.alg === spec.alg));
  if (fitting.length === 0) return { ok: false, error: { reason: 'no-fitting-key', alg: spec.alg, available } };
  return { ok: true, value: fitting };
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k', 'priv'];
const KEY_MEMBERS = ['kty', 'crv', 'n', 'e', 'x', 'y', ...PRIVATE_MEMBERS];

// WebCrypto rejects a JWK whose `alg`, `use` or `key_ops` disagree with the import, so only the
// key material itself is passed on; whether the key fits was checked before.
function keyMaterial(jwk: Jwk): JsonWebKey {
  const material: Record<string, unknown> = {};
  for (const member of KEY_MEMBERS) if (jwk[member] !== undefined) material[member] = jwk[member];
  return material as JsonWebKey;
}

/** Returns the public half of a private JWK. */
export function publicJwk(jwk: Jwk): Jwk {
  const result: Jwk = {};
  for (const [member, value] of Object.entries(jwk)) if (!PRIVATE_MEMBERS.includes(member) && member !== 'key_ops' && member !== 'ext') result[member] = value;
  return result;
}

/**
 * Imports a key to verify with. A private key works too: its public half is derived through a JWK
 * export. RSA keys under 2048 bits are imported as they are (WebCrypto accepts them, jose does
 * not), so a short key still verifies and the caller can warn about it.
 */
export async function importVerifyKey(key: ParsedKey, spec: AlgorithmSpec): Promise<Result<CryptoKey, KeyProblem>> {
  const params = importParams(spec);
  try {
    if (key.visibility === 'public') {
      const cryptoKey = key.der !== undefined
        ? await crypto.subtle.importKey('spki', key.der, params, true, ['verify'])
        : await crypto.subtle.importKey('jwk', keyMaterial(key.jwk as Jwk), params, true, ['verify']);
      return { ok: true, value: cryptoKey };
    }
    const privateKey = await importPrivate(key, spec);
    const exported = (await crypto.subtle.exportKey('jwk', privateKey)) as Jwk;
    const cryptoKey = await crypto.subtle.importKey('jwk', keyMaterial(publicJwk(exported)), params, true, ['verify']);
    return { ok: true, value: cryptoKey };
  } catch (error) {
    return { ok: false, error: importFailure(error, key, spec) };
  }
}

/** Imports a private key to sign with; a public key gets `public-for-signing`. */
export async function importSignKey(key: ParsedKey, spec: AlgorithmSpec): Promise<Result<CryptoKey, KeyProblem>> {
  if (key.visibility !== 'private') return { ok: false, error: { reason: 'public-for-signing' } };
  const mismatch = keyMismatch(key, spec);
  if (mismatch !== undefined) return { ok: false, error: mismatch };
  try {
    return { ok: true, value: await importPrivate(key, spec) };
  } catch (error) {
    return { ok: false, error: importFailure(error, key, spec) };
  }
}

// A browser without Ed25519 in WebCrypto raises NotSupportedError: the algorithm is unsupported
// there, which says nothing about the key or the signature.
function importFailure(error: unknown, key: ParsedKey, spec: AlgorithmSpec): KeyProblem {
  if (error instanceof Error && error.name === 'NotSupportedError' && spec.family === 'eddsa') return { reason: 'runtime-unsupported', alg: spec.alg };
  return { reason: 'import-failed', keyType: describeKey(key.info), alg: spec.alg };
}

function importPrivate(key: ParsedKey, spec: AlgorithmSpec): Promise<CryptoKey> {
  const params = importParams(spec);
  return key.der !== undefined
    ? crypto.subtle.importKey('pkcs8', key.der, params, true, ['sign'])
    : crypto.subtle.importKey('jwk', keyMaterial(key.jwk as Jwk), params, true, ['sign']);
}
