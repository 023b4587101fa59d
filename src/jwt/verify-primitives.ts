import { importParams, signatureParams, type AlgorithmSpec } from './algorithms';

/**
 * Verifies a signature with WebCrypto. A signature WebCrypto cannot even process (for example an
 * ECDSA signature of the wrong length, which some engines reject with an exception) counts as not
 * verified.
 */
export async function verifyWithKey(spec: AlgorithmSpec, key: CryptoKey, input: Uint8Array<ArrayBuffer>, signature: Uint8Array<ArrayBuffer>): Promise<boolean> {
  try {
    return await crypto.subtle.verify(signatureParams(spec), key, signature, input);
  } catch {
    return false;
  }
}

/** Imports raw HMAC key bytes for `spec`'s hash; an empty secret cannot be imported, so callers check first. */
export function importSecret(spec: AlgorithmSpec, secret: Uint8Array, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new Uint8Array(secret), importParams(spec), false, [usage]);
}

export async function verifyWithSecret(spec: AlgorithmSpec, secret: Uint8Array, input: Uint8Array<ArrayBuffer>, signature: Uint8Array<ArrayBuffer>): Promise<boolean> {
  if (secret.length === 0) return false;
  return verifyWithKey(spec, await importSecret(spec, secret, 'verify'), input, signature);
}

/** Signs with WebCrypto. ECDSA comes back as raw R‖S, the form JWS uses (RFC 7518 §3.4). */
export async function signWithKey(spec: AlgorithmSpec, key: CryptoKey, input: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.sign(signatureParams(spec), key, input));
}
