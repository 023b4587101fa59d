import { errors, generateKeyPair, jwtVerify, SignJWT, type CryptoKey } from 'jose';
import type { SigningAlg } from './types';

/** The issuer and audience the simulated servers put into and expect in every access token. */
export const ISSUER = 'https://auth.example.test';
export const AUDIENCE = 'https://api.example.test';

/** Keys of one simulation run: the auth server signs with `signingKey`, the API verifies with `verificationKey`. */
export interface SigningKeys {
  alg: SigningAlg;
  signingKey: CryptoKey | Uint8Array;
  /** The public key for ES256; the same shared secret for HS256, which is why every verifier could also sign. */
  verificationKey: CryptoKey | Uint8Array;
}

/** Source of random bytes; tests may pass a seeded one, the page uses `crypto.getRandomValues`. */
export type RandomBytes = (length: number) => Uint8Array;

export const secureRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/**
 * Creates the keys for a run. HS256 gets a 256-bit random secret, the minimum RFC 7518 §3.2
 * allows for that algorithm. Private keys are not extractable, so the page cannot leak them.
 */
export async function createSigningKeys(alg: SigningAlg, random: RandomBytes = secureRandomBytes): Promise<SigningKeys> {
  if (alg === 'HS256') {
    const secret = random(32);
    return { alg, signingKey: secret, verificationKey: secret };
  }
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { alg, signingKey: privateKey, verificationKey: publicKey };
}

export interface AccessTokenClaims {
  sub: string;
  jti: string;
  /** Seconds since the epoch, as NumericDate requires (RFC 7519 §2). */
  iat: number;
  exp: number;
}

/** Signs an access token with `iat`, `exp`, `sub`, `jti`, `iss` and `aud`, times taken from the virtual clock. */
export async function signAccessToken(keys: SigningKeys, claims: AccessTokenClaims): Promise<string> {
  return new SignJWT({ scope: 'profile' })
    .setProtectedHeader({ alg: keys.alg, typ: 'JWT' })
    .setSubject(claims.sub)
    .setJti(claims.jti)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(claims.iat)
    .setExpirationTime(claims.exp)
    .sign(keys.signingKey);
}

export type AccessTokenCheck =
  | { ok: true; sub: string; jti: string; exp: number }
  | { ok: false; code: 'token-expired' | 'token-invalid' };

/**
 * Verifies signature, algorithm, issuer, audience and `exp` with jose, judging time by the
 * virtual clock. An expired token fails here, inside jose, and nowhere else.
 */
export async function verifyAccessToken(keys: SigningKeys, token: string, now: number): Promise<AccessTokenCheck> {
  try {
    const { payload } = await jwtVerify(token, keys.verificationKey, {
      algorithms: [keys.alg],
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredClaims: ['exp', 'sub', 'jti'],
      currentDate: new Date(now),
    });
    return { ok: true, sub: String(payload.sub), jti: String(payload.jti), exp: Number(payload.exp) };
  } catch (cause) {
    if (cause instanceof errors.JWTExpired) return { ok: false, code: 'token-expired' };
    if (cause instanceof errors.JOSEError) return { ok: false, code: 'token-invalid' };
    throw cause;
  }
}

/** Creates an opaque refresh token: 32 random bytes (256 bits) in base64url. */
export function createRefreshToken(random: RandomBytes = secureRandomBytes): string {
  return toBase64url(random(32));
}

/** Creates a random identifier for a `jti` or a token family: 16 bytes in hex. */
export function createRandomId(random: RandomBytes = secureRandomBytes): string {
  return toHex(random(16));
}

/**
 * Hashes a refresh token with SHA-256 into lowercase hex. The store keeps only this, so a leak of
 * the table does not hand out usable tokens; a fast hash is enough because the token has 256
 * random bits, unlike a password.
 */
export async function hashRefreshToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return toHex(new Uint8Array(digest));
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
