import { hashBytes, type AlgorithmSpec, type HashName } from './algorithms';
import type { Finding, Result } from './types';

/** How the text in the secret field turns into the HMAC key bytes. */
export type SecretEncoding = 'utf8' | 'base64' | 'hex';

export const SECRET_ENCODINGS: readonly SecretEncoding[] = ['utf8', 'base64', 'hex'];

export interface SecretError {
  encoding: SecretEncoding;
  reason: 'character' | 'length' | 'empty';
  /** 1-based position of the offending character, where there is one. */
  position?: number;
}

const BASE64_SEXTETS = new Map<string, number>();
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('').forEach((char, index) => BASE64_SEXTETS.set(char, index));
BASE64_SEXTETS.set('+', 62).set('/', 63).set('-', 62).set('_', 63);

/**
 * Decodes base64 in either alphabet (standard `+/` or URL-safe `-_`), padded or not, ignoring
 * whitespace, so users never have to know which variant their secret is in.
 */
export function decodeLenientBase64(text: string): Result<Uint8Array, SecretError> {
  const compact = text.replace(/\s+/g, '');
  const body = compact.replace(/=+$/, '');
  if (body === '') return { ok: false, error: { encoding: 'base64', reason: 'empty' } };

  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let index = 0; index < body.length; index++) {
    const sextet = BASE64_SEXTETS.get(body[index] as string);
    if (sextet === undefined) return { ok: false, error: { encoding: 'base64', reason: 'character', position: positionInOriginal(text, /\s/, index) } };
    buffer = ((buffer << 6) | sextet) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  if (body.length % 4 === 1) return { ok: false, error: { encoding: 'base64', reason: 'length' } };
  return { ok: true, value: new Uint8Array(bytes) };
}

/** Decodes hexadecimal text (either case); spaces and colons between bytes are ignored. */
export function decodeHex(text: string): Result<Uint8Array, SecretError> {
  const compact = text.replace(/[\s:]+/g, '');
  if (compact === '') return { ok: false, error: { encoding: 'hex', reason: 'empty' } };
  const bad = /[^0-9a-fA-F]/.exec(compact);
  if (bad !== null) return { ok: false, error: { encoding: 'hex', reason: 'character', position: positionInOriginal(text, /[\s:]/, bad.index) } };
  if (compact.length % 2 !== 0) return { ok: false, error: { encoding: 'hex', reason: 'length' } };

  const bytes = new Uint8Array(compact.length / 2);
  for (let index = 0; index < bytes.length; index++) bytes[index] = parseInt(compact.slice(index * 2, index * 2 + 2), 16);
  return { ok: true, value: bytes };
}

/** Turns the secret field's text into key bytes. UTF-8 text is used exactly as typed, whitespace included. */
export function decodeSecret(text: string, encoding: SecretEncoding): Result<Uint8Array, SecretError> {
  switch (encoding) {
    case 'utf8':
      return { ok: true, value: new TextEncoder().encode(text) };
    case 'base64':
      return decodeLenientBase64(text);
    case 'hex':
      return decodeHex(text);
  }
}

// Maps an index in the text without separators back to a 1-based position in the text as typed.
function positionInOriginal(original: string, separators: RegExp, compactIndex: number): number {
  let seen = 0;
  for (let index = 0; index < original.length; index++) {
    if (separators.test(original[index] as string)) continue;
    if (seen === compactIndex) return index + 1;
    seen++;
  }
  return compactIndex + 1;
}

/** Tells whether text is the PEM or JWK form of a public key (or certificate) rather than a secret. */
export function looksLikePublicKey(text: string): boolean {
  if (/-----BEGIN (?:PUBLIC KEY|RSA PUBLIC KEY|CERTIFICATE|EC PUBLIC KEY)-----/.test(text)) return true;
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(trimmed);
    if (typeof value !== 'object' || value === null) return false;
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.keys)) return true;
    return typeof record.kty === 'string' && record.kty !== 'oct' && record.d === undefined;
  } catch {
    return false;
  }
}

/**
 * Findings about an HMAC secret: shorter than the hash output (RFC 7518 §3.2 asks for at least
 * that many bytes), whitespace at either end, or the text of a public key.
 */
export function secretFindings(text: string, encoding: SecretEncoding, key: Uint8Array, spec: AlgorithmSpec): Finding[] {
  const findings: Finding[] = [];
  const minBytes = hashBytes(spec.hash as HashName);
  if (key.length < minBytes) {
    findings.push({ code: 'weak-secret', severity: 'warning', params: { bits: key.length * 8, minBits: minBytes * 8, alg: spec.alg } });
  }
  if (encoding === 'utf8' && text !== '' && text.trim() !== text) {
    findings.push({ code: 'secret-whitespace', severity: 'info' });
  }
  if (looksLikePublicKey(text)) {
    findings.push({ code: 'alg-confusion', severity: 'danger', params: { alg: spec.alg } });
  }
  return findings;
}

/** Encodes bytes as standard base64 with padding, the form PEM bodies and x5c entries use. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
