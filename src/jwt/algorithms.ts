/** How a JWS algorithm signs: a shared secret (HMAC) or one of the key-pair families. */
export type AlgorithmFamily = 'hmac' | 'rsa' | 'rsa-pss' | 'ecdsa' | 'eddsa';

export type HashName = 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface AlgorithmSpec {
  alg: SupportedAlg;
  family: AlgorithmFamily;
  hash?: HashName;
  /** For ECDSA: the curve, and the byte length of one coordinate (R and S each have this length). */
  curve?: 'P-256' | 'P-384' | 'P-521';
  coordinateBytes?: number;
}

/**
 * The algorithms this app verifies and signs: RFC 7518 §3 (HS*, RS*, PS*, ES*), EdDSA with Ed25519
 * (RFC 8037) and its fully specified name `Ed25519` (RFC 9864). `none` is handled apart, because
 * it has no key and no signature.
 */
export const SUPPORTED_ALGORITHMS = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;

export type SupportedAlg = (typeof SUPPORTED_ALGORITHMS)[number];

const HASH_BY_SUFFIX: Record<string, HashName> = { '256': 'SHA-256', '384': 'SHA-384', '512': 'SHA-512' };
const CURVES = {
  ES256: { curve: 'P-256', coordinateBytes: 32 },
  ES384: { curve: 'P-384', coordinateBytes: 48 },
  ES512: { curve: 'P-521', coordinateBytes: 66 },
} as const;

/** Returns the specification of a supported algorithm, or undefined for any other name. */
export function algorithmSpec(alg: unknown): AlgorithmSpec | undefined {
  if (typeof alg !== 'string' || !(SUPPORTED_ALGORITHMS as readonly string[]).includes(alg)) return undefined;
  const name = alg as SupportedAlg;
  if (name === 'EdDSA' || name === 'Ed25519') return { alg: name, family: 'eddsa' };

  const hash = HASH_BY_SUFFIX[name.slice(2)];
  switch (name.slice(0, 2)) {
    case 'HS':
      return { alg: name, family: 'hmac', hash };
    case 'RS':
      return { alg: name, family: 'rsa', hash };
    case 'PS':
      return { alg: name, family: 'rsa-pss', hash };
    default:
      return { alg: name, family: 'ecdsa', hash, ...CURVES[name as keyof typeof CURVES] };
  }
}

/** Byte length of the hash output, which RFC 7518 §3.2 sets as the minimum HMAC key size. */
export function hashBytes(hash: HashName): number {
  return Number(hash.slice(4)) / 8;
}

/** The WebCrypto algorithm for importing a key that will be used with `spec`. */
export function importParams(spec: AlgorithmSpec): RsaHashedImportParams | EcKeyImportParams | HmacImportParams | Algorithm {
  switch (spec.family) {
    case 'hmac':
      return { name: 'HMAC', hash: spec.hash as HashName };
    case 'rsa':
      return { name: 'RSASSA-PKCS1-v1_5', hash: spec.hash as HashName };
    case 'rsa-pss':
      return { name: 'RSA-PSS', hash: spec.hash as HashName };
    case 'ecdsa':
      return { name: 'ECDSA', namedCurve: spec.curve as string };
    case 'eddsa':
      return { name: 'Ed25519' };
  }
}

/** The WebCrypto parameters for `sign` and `verify` with `spec`. */
export function signatureParams(spec: AlgorithmSpec): Algorithm | RsaPssParams | EcdsaParams {
  switch (spec.family) {
    case 'hmac':
      return { name: 'HMAC' };
    case 'rsa':
      return { name: 'RSASSA-PKCS1-v1_5' };
    case 'rsa-pss':
      // RFC 7518 §3.5: the salt is as long as the hash output.
      return { name: 'RSA-PSS', saltLength: hashBytes(spec.hash as HashName) } as RsaPssParams;
    case 'ecdsa':
      return { name: 'ECDSA', hash: spec.hash as HashName } as EcdsaParams;
    case 'eddsa':
      return { name: 'Ed25519' };
  }
}

/** The JWK key type (`kty`) and, where it matters, the curve that an algorithm requires. */
export function requiredKeyType(spec: AlgorithmSpec): { kty: 'oct' | 'RSA' | 'EC' | 'OKP'; crv?: string } {
  switch (spec.family) {
    case 'hmac':
      return { kty: 'oct' };
    case 'rsa':
    case 'rsa-pss':
      return { kty: 'RSA' };
    case 'ecdsa':
      return { kty: 'EC', crv: spec.curve };
    case 'eddsa':
      return { kty: 'OKP', crv: 'Ed25519' };
  }
}

/** The bytes a JWS signs: the header and payload segments exactly as given, joined by a dot. */
export function signingInput(headerSegment: string, payloadSegment: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${headerSegment}.${payloadSegment}`);
}
