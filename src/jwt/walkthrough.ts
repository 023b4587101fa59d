/**
 * Step-by-step pieces of a compact JWS (RFC 7515 §7.1), exposed so the Learn walkthrough can show
 * every intermediate value: UTF-8 bytes, base64url groups, the signing input and the token layout.
 * Parsing the JSON text is in `walkthrough-json.ts` and signing in `walkthrough-sign.ts`.
 */

import { decodeBase64url as decodeSegment } from './base64url';

const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** One character of a text and the UTF-8 bytes that encode it. */
export interface Utf8Character {
  char: string;
  byteOffset: number;
  bytes: number[];
}

const encoder = new TextEncoder();

/** Splits a text into code points with their UTF-8 bytes and position in the encoded byte string. */
export function toUtf8Characters(text: string): Utf8Character[] {
  const characters: Utf8Character[] = [];
  let byteOffset = 0;
  for (const char of text) {
    const bytes = [...encoder.encode(char)];
    characters.push({ char, byteOffset, bytes });
    byteOffset += bytes.length;
  }
  return characters;
}

export function toUtf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** Formats bytes as two-digit lowercase hex, one string per byte. */
export function toHexBytes(bytes: ArrayLike<number>): string[] {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0'));
}

/**
 * Up to three input bytes and the base64url characters they become. A full group is 24 bits, read
 * as four 6-bit values. A final group of one or two bytes is filled with zero bits up to the next
 * multiple of six, giving two or three characters. Standard base64 would then add `=` padding to
 * make four, but base64url in JOSE leaves it out (RFC 7515 §2, RFC 4648 §5).
 */
export interface Base64urlGroup {
  index: number;
  /** Position of the group's first byte in the input. */
  byteOffset: number;
  /** Position of the group's first character in the output; always `4 * index`. */
  charOffset: number;
  bytes: number[];
  /** The 6-bit values, each an index into the base64url alphabet. */
  sextets: number[];
  chars: string;
  /** Zero bits appended to fill the last sextet: 0, 2 (two bytes) or 4 (one byte). */
  paddingBits: number;
  /** Number of `=` that standard base64 would append and base64url omits: 0, 1 or 2. */
  omittedPadding: number;
}

/** Splits bytes into base64url groups, with the intermediate 6-bit values for each. */
export function toBase64urlGroups(bytes: ArrayLike<number>): Base64urlGroup[] {
  const groups: Base64urlGroup[] = [];
  for (let start = 0; start < bytes.length; start += 3) {
    const groupBytes = Array.from({ length: Math.min(3, bytes.length - start) }, (_, i) => bytes[start + i] as number);
    const bitCount = groupBytes.length * 8;
    const sextetCount = Math.ceil(bitCount / 6);
    const paddingBits = sextetCount * 6 - bitCount;

    // Shift the group's bits into one integer, then read it six bits at a time from the left.
    let bits = 0;
    for (const byte of groupBytes) bits = (bits << 8) | byte;
    bits <<= paddingBits;
    const sextets = Array.from({ length: sextetCount }, (_, i) => (bits >> (6 * (sextetCount - 1 - i))) & 0b111111);

    groups.push({
      index: groups.length,
      byteOffset: start,
      charOffset: groups.length * 4,
      bytes: groupBytes,
      sextets,
      chars: sextets.map((sextet) => BASE64URL_ALPHABET[sextet]).join(''),
      paddingBits,
      omittedPadding: 3 - groupBytes.length,
    });
  }
  return groups;
}

/** Encodes bytes as unpadded base64url. */
export function encodeBase64url(bytes: ArrayLike<number>): string {
  return toBase64urlGroups(bytes)
    .map((group) => group.chars)
    .join('');
}

/**
 * Decodes unpadded base64url, or returns null when the text has a character outside the
 * base64url alphabet or a length that no byte string encodes to (one more than a multiple of 4).
 */
export function decodeBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  // The shared decoder also accepts the standard alphabet and padding; a learner's key must not use them.
  if (/[+/=]/.test(text)) return null;
  const result = decodeSegment(text);
  return result.ok ? new Uint8Array(result.value.bytes) : null;
}

/** Formats a byte as eight binary digits. */
export function toBits(byte: number): string {
  return byte.toString(2).padStart(8, '0');
}

/** Formats a 6-bit value as six binary digits. */
export function toSextetBits(sextet: number): string {
  return sextet.toString(2).padStart(6, '0');
}

/** Index of the base64url group that contains a byte. */
export function groupOfByte(byteOffset: number): number {
  return Math.floor(byteOffset / 3);
}

/** Index of the base64url group that produced a character of the encoded text. */
export function groupOfChar(charOffset: number): number {
  return Math.floor(charOffset / 4);
}

/** Character ranges of the segments in a compact JWS `header.payload.signature`. */
export interface TokenLayout {
  token: string;
  signingInput: string;
  header: { start: number; end: number };
  payload: { start: number; end: number };
  signature: { start: number; end: number };
}

/**
 * Joins encoded segments into the JWS signing input (`header.payload`, RFC 7515 §5.1 step 5) and
 * the compact token, recording each segment's character range.
 */
export function layoutToken(encodedHeader: string, encodedPayload: string, encodedSignature: string): TokenLayout {
  const signingInput = `${encodedHeader}.${encodedPayload}`;
  const payloadStart = encodedHeader.length + 1;
  const signatureStart = signingInput.length + 1;
  return {
    token: `${signingInput}.${encodedSignature}`,
    signingInput,
    header: { start: 0, end: encodedHeader.length },
    payload: { start: payloadStart, end: payloadStart + encodedPayload.length },
    signature: { start: signatureStart, end: signatureStart + encodedSignature.length },
  };
}

/** A text and every intermediate form on its way to a base64url segment. */
export interface EncodedSegment {
  text: string;
  characters: Utf8Character[];
  bytes: Uint8Array<ArrayBuffer>;
  groups: Base64urlGroup[];
  encoded: string;
}

/** Encodes a text as UTF-8 and then base64url, keeping each intermediate form. */
export function encodeSegment(text: string): EncodedSegment {
  const bytes = toUtf8Bytes(text);
  const groups = toBase64urlGroups(bytes);
  return {
    text,
    characters: toUtf8Characters(text),
    bytes,
    groups,
    encoded: groups.map((group) => group.chars).join(''),
  };
}
