import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { algorithmSpec, hashBytes, type HashName } from './algorithms';
import { encodeBase64url } from './base64url';

export interface GeneratedKey {
  /** For HMAC: random bytes as base64url text, to be read with the `base64` secret encoding. */
  secret?: string;
  publicKey?: string;
  privateKey?: string;
}

/**
 * Creates a fresh key for an algorithm in the page: for HS* a random secret as long as the hash
 * output (RFC 7518 §3.2), otherwise a key pair (RSA 2048, P-256/384/521, Ed25519) as PEM.
 */
export async function generateKeyFor(alg: string): Promise<GeneratedKey> {
  const spec = algorithmSpec(alg);
  if (spec === undefined) throw new Error(`Cannot generate a key for "${alg}": choose one of the supported algorithms.`);
  if (spec.family === 'hmac') {
    const bytes = crypto.getRandomValues(new Uint8Array(hashBytes(spec.hash as HashName)));
    return { secret: encodeBase64url(bytes) };
  }

  const pair = await generateKeyPair(spec.alg, { extractable: true, ...(spec.family === 'rsa' || spec.family === 'rsa-pss' ? { modulusLength: 2048 } : {}) });
  return { publicKey: await exportSPKI(pair.publicKey), privateKey: await exportPKCS8(pair.privateKey) };
}
