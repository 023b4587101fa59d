import { encodeBase64url, toUtf8Bytes } from './walkthrough';

/**
 * The three JWS algorithms the Learn walkthrough computes with WebCrypto: a MAC with a shared
 * secret (HS256) and two public-key signatures (RS256, ES256), per RFC 7518 §3.2–3.4.
 */
export const WALKTHROUGH_ALGS = ['HS256', 'RS256', 'ES256'] as const;
export type WalkthroughAlg = (typeof WALKTHROUGH_ALGS)[number];
export type AsymmetricAlg = Exclude<WalkthroughAlg, 'HS256'>;

export function isWalkthroughAlg(value: unknown): value is WalkthroughAlg {
  return typeof value === 'string' && (WALKTHROUGH_ALGS as readonly string[]).includes(value);
}

const HMAC_SHA256: HmacImportParams = { name: 'HMAC', hash: 'SHA-256' };

const SIGNATURE_PARAMS: Record<AsymmetricAlg, { generate: RsaHashedKeyGenParams | EcKeyGenParams; sign: AlgorithmIdentifier | EcdsaParams }> = {
  RS256: {
    generate: { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    sign: { name: 'RSASSA-PKCS1-v1_5' },
  },
  // WebCrypto returns an ECDSA signature as R || S (32 bytes each for P-256), which is exactly the
  // JWS form (RFC 7518 §3.4), so no DER conversion is needed.
  ES256: {
    generate: { name: 'ECDSA', namedCurve: 'P-256' },
    sign: { name: 'ECDSA', hash: 'SHA-256' },
  },
};

/** Length in bytes of each algorithm's signature: 32 for HMAC-SHA-256, 256 for RSA-2048, 64 for P-256. */
export const SIGNATURE_LENGTH: Record<WalkthroughAlg, number> = { HS256: 32, RS256: 256, ES256: 64 };

/** Minimum HS256 key length in bytes: at least the hash output size (RFC 7518 §3.2). */
export const HS256_MIN_KEY_BYTES = 32;

function importHmacKey(secret: Uint8Array<ArrayBuffer>, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', secret, HMAC_SHA256, false, [usage]);
}

/** Computes HMAC-SHA-256 over the ASCII signing input. An empty secret is rejected by WebCrypto. */
export async function signHs256(secret: Uint8Array<ArrayBuffer>, signingInput: string): Promise<Uint8Array> {
  const key = await importHmacKey(secret, 'sign');
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, toUtf8Bytes(signingInput)));
}

/**
 * Checks an HS256 MAC the way a server does: recompute it with the shared secret and compare.
 * A server must compare MACs in constant time, so the comparison is left to WebCrypto's `verify`.
 */
export async function verifyHs256(secret: Uint8Array<ArrayBuffer>, signingInput: string, signature: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const key = await importHmacKey(secret, 'verify');
  return crypto.subtle.verify('HMAC', key, signature, toUtf8Bytes(signingInput));
}

/** A key pair made in the page for the walkthrough, with the public half as a JWK a JWKS would publish. */
export interface WalkthroughKeyPair {
  alg: AsymmetricAlg;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JsonWebKey & { kid: string };
}

/**
 * Generates a fresh key pair in the browser. The private key is not extractable, so it cannot
 * leave WebCrypto. The public key is exported as a JWK whose `kid` is its RFC 7638 thumbprint.
 */
export async function generateWalkthroughKeyPair(alg: AsymmetricAlg): Promise<WalkthroughKeyPair> {
  const pair = await crypto.subtle.generateKey(SIGNATURE_PARAMS[alg].generate, false, ['sign', 'verify']);
  const exported = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const kid = await computeJwkThumbprint(exported);
  const publicJwk = { ...pickPublicMembers(exported), alg, use: 'sig', kid };
  return { alg, privateKey: pair.privateKey, publicKey: pair.publicKey, publicJwk };
}

function pickPublicMembers(jwk: JsonWebKey): JsonWebKey {
  return jwk.kty === 'RSA' ? { kty: jwk.kty, n: jwk.n, e: jwk.e } : { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
}

/**
 * Computes the RFC 7638 JWK thumbprint: SHA-256 over the required public members in
 * lexicographic order with no whitespace, base64url-encoded.
 */
export async function computeJwkThumbprint(jwk: JsonWebKey): Promise<string> {
  const canonical =
    jwk.kty === 'RSA'
      ? JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n })
      : JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  const digest = await crypto.subtle.digest('SHA-256', toUtf8Bytes(canonical));
  return encodeBase64url(new Uint8Array(digest));
}

/** Signs the ASCII signing input with a private key. */
export async function signAsymmetric(alg: AsymmetricAlg, privateKey: CryptoKey, signingInput: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign(SIGNATURE_PARAMS[alg].sign, privateKey, toUtf8Bytes(signingInput)));
}

/** Checks a signature with only the public key, which is all a verifying server holds. */
export async function verifyAsymmetric(
  alg: AsymmetricAlg,
  publicKey: CryptoKey,
  signingInput: string,
  signature: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  return crypto.subtle.verify(SIGNATURE_PARAMS[alg].sign, publicKey, signature, toUtf8Bytes(signingInput));
}

/** Imports a public JWK (as a JWKS publishes it) for verification. */
export function importPublicJwk(alg: AsymmetricAlg, jwk: JsonWebKey): Promise<CryptoKey> {
  const params = alg === 'RS256' ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } : { name: 'ECDSA', namedCurve: 'P-256' };
  return crypto.subtle.importKey('jwk', jwk, params, true, ['verify']);
}
