import type { Result } from './types';

const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// Maps a character code to its 6-bit value. The standard alphabet's `+` and `/` are accepted too,
// and reported, because tokens built with the wrong encoder are common and still worth reading.
const SEXTET = new Int16Array(128).fill(-1);
for (let index = 0; index < URL_ALPHABET.length; index++) SEXTET[URL_ALPHABET.charCodeAt(index)] = index;
SEXTET['+'.charCodeAt(0)] = 62;
SEXTET['/'.charCodeAt(0)] = 63;

/** A deviation from strict base64url (RFC 7515 §2) that the decoder accepted. */
export type NonCanonicalChar = '+' | '/' | '=';

export interface Base64urlDecoded {
  bytes: Uint8Array;
  /** Characters from the standard base64 alphabet or padding that strict decoders reject. */
  nonCanonical: NonCanonicalChar[];
}

export interface Base64urlError {
  /** Zero-based index of the offending character in the segment. */
  index: number;
  /** The offending character, or '' when the length itself is impossible. */
  char: string;
  reason: 'character' | 'length' | 'padding';
}

/**
 * Decodes a base64url segment strictly: any character outside the alphabet is an error that names
 * its position. Padding and the standard alphabet are decoded but reported as non-canonical.
 */
export function decodeBase64url(segment: string): Result<Base64urlDecoded, Base64urlError> {
  const nonCanonical = new Set<NonCanonicalChar>();

  let end = segment.length;
  while (end > 0 && segment[end - 1] === '=') end--;
  const paddingLength = segment.length - end;
  if (paddingLength > 0) nonCanonical.add('=');

  // A native regular expression finds the first bad character far faster than a loop over a
  // megabyte-sized segment would.
  const body = end === segment.length ? segment : segment.slice(0, end);
  const invalid = body.search(/[^A-Za-z0-9\-_+/]/);
  if (invalid >= 0) {
    const code = body.charCodeAt(invalid);
    return { ok: false, error: { index: invalid, char: String.fromCodePoint(body.codePointAt(invalid) ?? code), reason: code === 61 ? 'padding' : 'character' } };
  }
  if (body.includes('+')) nonCanonical.add('+');
  if (body.includes('/')) nonCanonical.add('/');

  const remainder = end % 4;
  if (remainder === 1) return { ok: false, error: { index: end - 1, char: '', reason: 'length' } };
  if (paddingLength > 0 && (end + paddingLength) % 4 !== 0) {
    return { ok: false, error: { index: end, char: '=', reason: 'padding' } };
  }

  return { ok: true, value: { bytes: sextetsToBytes(body), nonCanonical: [...nonCanonical] } };
}

/** Converts validated base64 or base64url characters (no padding) to bytes. */
function sextetsToBytes(body: string): Uint8Array {
  if (typeof atob === 'function') {
    // atob is native in browsers and Node. It needs the standard alphabet, and it ignores the
    // leftover bits of a final partial group as RFC 4648 decoders do.
    const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  }

  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let byteIndex = 0;
  let buffer = 0;
  let bits = 0;
  for (let index = 0; index < body.length; index++) {
    buffer = ((buffer << 6) | (SEXTET[body.charCodeAt(index)] as number)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[byteIndex++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Encodes bytes as base64url without padding (RFC 7515 §2). */
export function encodeBase64url(bytes: Uint8Array): string {
  let output = '';
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const triple = ((bytes[index] as number) << 16) | ((bytes[index + 1] as number) << 8) | (bytes[index + 2] as number);
    output += URL_ALPHABET[(triple >> 18) & 63]! + URL_ALPHABET[(triple >> 12) & 63]! + URL_ALPHABET[(triple >> 6) & 63]! + URL_ALPHABET[triple & 63]!;
  }
  const rest = bytes.length - index;
  if (rest === 1) {
    const value = bytes[index] as number;
    output += URL_ALPHABET[value >> 2]! + URL_ALPHABET[(value & 3) << 4]!;
  } else if (rest === 2) {
    const value = ((bytes[index] as number) << 8) | (bytes[index + 1] as number);
    output += URL_ALPHABET[value >> 10]! + URL_ALPHABET[(value >> 4) & 63]! + URL_ALPHABET[(value & 15) << 2]!;
  }
  return output;
}

/** Encodes a string's UTF-8 bytes as base64url. */
export function encodeBase64urlText(text: string): string {
  return encodeBase64url(new TextEncoder().encode(text));
}
