import type { Result } from './types';

export interface Utf8Error {
  /** Zero-based offset of the first byte that does not start or continue a valid sequence. */
  offset: number;
  byte: number;
  /** The text decoded with U+FFFD in place of every invalid sequence, for a best-effort view. */
  lossyText: string;
}

const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decodes bytes as strict UTF-8 (RFC 7519 §7.2 requires UTF-8 for the JOSE header and claims).
 * On failure it reports where the first invalid byte is, so the error can point at it.
 */
export function decodeUtf8(bytes: Uint8Array): Result<string, Utf8Error> {
  try {
    return { ok: true, value: fatalDecoder.decode(bytes) };
  } catch {
    const offset = findInvalidUtf8Offset(bytes);
    return { ok: false, error: { offset, byte: bytes[offset] ?? 0, lossyText: lossyDecoder.decode(bytes) } };
  }
}

/** Returns the offset of the first byte that breaks UTF-8 (RFC 3629), or the length when none does. */
export function findInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    let length: number;
    let min: number;
    if (lead < 0x80) {
      index++;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return index;
    }

    let codePoint = lead & (0xff >> (length + 1));
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (continuation & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are invalid.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return index;
    index += length;
  }
  return bytes.length;
}
