import { decodeBase64url } from './base64url';
import { classifyDer, type DerSource, type KeyInfo } from './der-keys';
import { readPem, type KeyNormalization } from './pem';
import type { Result } from './types';

/** A JSON Web Key as pasted, with the members this app reads. */
export interface Jwk {
  kty?: string;
  crv?: string;
  kid?: string;
  alg?: string;
  use?: string;
  n?: string;
  e?: string;
  x?: string;
  y?: string;
  d?: string;
  k?: string;
  [member: string]: unknown;
}

/** One key read from the key fields: a PEM structure (as SPKI or PKCS #8 DER) or a JWK. */
export interface ParsedKey {
  visibility: 'public' | 'private';
  source: DerSource | 'jwk';
  info: KeyInfo;
  der?: Uint8Array<ArrayBuffer>;
  jwk?: Jwk;
  kid?: string;
  /** The JWK's `alg` member, when it names the one algorithm the key is meant for. */
  alg?: string;
}

export interface KeyInput {
  keys: ParsedKey[];
  /** The text was a JWK Set (`{"keys": [...]}`), so a key must be chosen by `kid` or by trying. */
  isSet: boolean;
  normalization: KeyNormalization[];
}

export type KeyInputError =
  | { reason: 'pem-end-missing'; label: string }
  | { reason: 'pem-body'; position?: number }
  | { reason: 'encrypted' }
  | { reason: 'openssh' }
  | { reason: 'not-a-key' }
  | { reason: 'unknown-structure' }
  | { reason: 'sec1-curve-missing' }
  | { reason: 'json'; message: string }
  | { reason: 'jwk-kty-missing' }
  | { reason: 'jwk-symmetric' }
  | { reason: 'jwks-empty' };

/**
 * Reads whatever was pasted into a key field: PEM (SPKI, PKCS #1, X.509 certificate, PKCS #8,
 * SEC 1), a bare PEM body, a JWK or a JWK Set. Detection uses the content, not the field it was
 * pasted into, so a private key in the public-key field is still recognized.
 */
export function parseKeyText(text: string): Result<KeyInput, KeyInputError> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return parseJwkText(trimmed);

  const pem = readPem(text);
  if (!pem.ok) {
    const error = pem.error;
    switch (error.reason) {
      case 'end-missing':
        return { ok: false, error: { reason: 'pem-end-missing', label: error.label } };
      case 'body':
        return { ok: false, error: error.position === undefined ? { reason: 'pem-body' } : { reason: 'pem-body', position: error.position } };
      case 'not-pem':
        return { ok: false, error: { reason: 'not-a-key' } };
      default:
        return { ok: false, error: { reason: error.reason } };
    }
  }

  const der = classifyDer(pem.value.der);
  if (!der.ok) {
    if (der.error.reason === 'not-der') return { ok: false, error: pem.value.label === undefined ? { reason: 'not-a-key' } : { reason: 'pem-body' } };
    return { ok: false, error: { reason: der.error.reason } };
  }
  const key: ParsedKey = { visibility: der.value.visibility, source: der.value.source, info: der.value.info, der: der.value.der };
  return { ok: true, value: { keys: [key], isSet: false, normalization: pem.value.normalization } };
}

function parseJwkText(text: string): Result<KeyInput, KeyInputError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { reason: 'json', message: error instanceof Error ? error.message : String(error) } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: { reason: 'not-a-key' } };

  const record = value as Record<string, unknown>;
  if (Array.isArray(record.keys)) {
    const keys = record.keys.filter((entry): entry is Jwk => typeof entry === 'object' && entry !== null && typeof (entry as Jwk).kty === 'string');
    const asymmetric = keys.filter((jwk) => jwk.kty !== 'oct').map(jwkToParsedKey);
    if (asymmetric.length === 0) return { ok: false, error: { reason: 'jwks-empty' } };
    return { ok: true, value: { keys: asymmetric, isSet: true, normalization: [] } };
  }

  const jwk = record as Jwk;
  if (typeof jwk.kty !== 'string') return { ok: false, error: { reason: 'jwk-kty-missing' } };
  if (jwk.kty === 'oct') return { ok: false, error: { reason: 'jwk-symmetric' } };
  return { ok: true, value: { keys: [jwkToParsedKey(jwk)], isSet: false, normalization: [] } };
}

function jwkToParsedKey(jwk: Jwk): ParsedKey {
  const isPrivate = typeof jwk.d === 'string' || typeof jwk.priv === 'string';
  const info: KeyInfo = { kty: jwk.kty === 'RSA' || jwk.kty === 'EC' || jwk.kty === 'OKP' || jwk.kty === 'AKP' ? jwk.kty : 'unknown' };
  if (typeof jwk.crv === 'string') info.crv = jwk.crv;
  if (jwk.kty === 'RSA' && typeof jwk.n === 'string') {
    const modulus = decodeBase64url(jwk.n);
    if (modulus.ok) info.bits = bitLength(modulus.value.bytes);
  }
  if (jwk.kty === 'AKP' && typeof jwk.alg === 'string') info.algorithm = jwk.alg;
  const parsed: ParsedKey = { visibility: isPrivate ? 'private' : 'public', source: 'jwk', info, jwk };
  if (typeof jwk.kid === 'string') parsed.kid = jwk.kid;
  if (typeof jwk.alg === 'string') parsed.alg = jwk.alg;
  return parsed;
}

function bitLength(bytes: Uint8Array): number {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const first = bytes[start] ?? 0;
  return (bytes.length - start - 1) * 8 + (first === 0 ? 0 : Math.floor(Math.log2(first)) + 1);
}

/** A short technical name for a key, such as `RSA 2048`, `EC P-256` or `OKP Ed25519`. */
export function describeKey(info: KeyInfo): string {
  if (info.kty === 'RSA') return info.bits === undefined ? 'RSA' : `RSA ${info.bits}`;
  if (info.kty === 'AKP') return info.algorithm ?? 'AKP';
  if (info.kty === 'unknown') return info.algorithm === undefined ? 'unknown' : `OID ${info.algorithm}`;
  return info.crv === undefined ? info.kty : `${info.kty} ${info.crv}`;
}
