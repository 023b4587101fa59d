import { decodeBase64url, type NonCanonicalChar } from './base64url';
import { getMember, parseJson, toJsValue, type JsonError, type ParsedJson } from './json';
import { normalizeTokenInput, type NormalizationStep } from './normalize';
import type { DecodeError, PartName } from './types';
import { decodeUtf8 } from './utf8';

/**
 * The largest input the debugger decodes, in UTF-16 code units (2 MiB). Real tokens stay far below
 * (servers commonly reject headers over 8 KB); the limit keeps a runaway paste from freezing the page.
 */
export const MAX_INPUT_LENGTH = 2 * 1024 * 1024;

export interface DecodedHeader {
  /** The decoded UTF-8 text, exactly as signed. */
  text?: string;
  json?: ParsedJson;
  /** The header as libraries read it (last duplicate wins); only set when it is a JSON object. */
  value?: Record<string, unknown>;
}

/** The payload's display form: parsed JSON, plain text, undecodable bytes, or bytes still compressed. */
export type PayloadView =
  | { kind: 'json'; text: string; json: ParsedJson }
  | { kind: 'text'; text: string }
  | { kind: 'binary'; bytes: Uint8Array; lossyText: string }
  | { kind: 'compressed'; bytes: Uint8Array };

export interface DecodedPayload {
  view?: PayloadView;
  /** The header has `b64: false` (RFC 7797), so the segment is the payload itself. */
  unencoded: boolean;
  /** The payload was inflated from `zip: "DEF"` before it was shown. */
  inflated: boolean;
}

export type TokenForm = 'empty' | 'jws' | 'jwe' | 'malformed';

export interface DecodedToken {
  /** The input as pasted, and the compact token after cleaning. */
  input: string;
  token: string;
  normalization: NormalizationStep[];
  form: TokenForm;
  segments: string[];
  header?: DecodedHeader;
  payload?: DecodedPayload;
  signature?: { bytes?: Uint8Array };
  errors: DecodeError[];
  nonCanonical: { part: PartName; chars: NonCanonicalChar[] }[];
}

/**
 * Decodes as much of a pasted token as possible: header, payload and signature each fail on
 * their own, with an error that names the part and the position. Does not verify anything.
 * A `zip: "DEF"` payload is left compressed; `inflatePayload` finishes it.
 */
export function decodeToken(input: string): DecodedToken {
  const base: DecodedToken = { input, token: '', normalization: [], form: 'malformed', segments: [], errors: [], nonCanonical: [] };
  if (input.length > MAX_INPUT_LENGTH) {
    return { ...base, errors: [{ code: 'too-large', part: 'token', params: { length: input.length, limit: MAX_INPUT_LENGTH } }] };
  }

  const { token, steps } = normalizeTokenInput(input);
  const decoded: DecodedToken = { ...base, token, normalization: steps, segments: token.split('.') };
  if (token === '') return { ...decoded, form: 'empty', segments: [] };

  const count = decoded.segments.length;
  decoded.header = decodeHeader(decoded, decoded.segments[0] as string);
  const header = decoded.header.value;

  if (count === 5 && header !== undefined && 'enc' in header) {
    decoded.form = 'jwe';
    decoded.errors.push({ code: 'jwe', part: 'token', params: { alg: String(header.alg ?? '?'), enc: String(header.enc) } });
    return decoded;
  }

  if (count !== 3) {
    decoded.errors.push({ code: 'segment-count', part: 'token', params: { count } });
  }
  if (count >= 2) decoded.payload = decodePayload(decoded, decoded.segments[1] as string, header);
  if (count >= 3) decoded.signature = decodeSignature(decoded, decoded.segments[2] as string);
  if (count === 3) decoded.form = 'jws';
  return decoded;
}

function decodeSegmentBytes(decoded: DecodedToken, segment: string, part: PartName): Uint8Array | undefined {
  const result = decodeBase64url(segment);
  if (!result.ok) {
    const { index, char, reason } = result.error;
    decoded.errors.push({
      code: 'invalid-base64url',
      part,
      params: { reason, position: index + 1, tokenPosition: segmentOffset(decoded, part) + index + 1, char: describeChar(char) },
    });
    return undefined;
  }
  if (result.value.nonCanonical.length > 0) decoded.nonCanonical.push({ part, chars: result.value.nonCanonical });
  return result.value.bytes;
}

function decodeHeader(decoded: DecodedToken, segment: string): DecodedHeader {
  const bytes = decodeSegmentBytes(decoded, segment, 'header');
  if (bytes === undefined) return {};

  const text = decodeUtf8(bytes);
  if (!text.ok) {
    decoded.errors.push(utf8Error('header', text.error.offset, text.error.byte));
    return { text: text.error.lossyText };
  }

  const json = parseJson(text.value);
  if (!json.ok) {
    decoded.errors.push(jsonError('header', json.error, true));
    return { text: text.value };
  }
  if (json.value.root.type !== 'object') {
    decoded.errors.push({ code: 'not-an-object', part: 'header', params: { type: json.value.root.type } });
    return { text: text.value, json: json.value };
  }
  return { text: text.value, json: json.value, value: toJsValue(json.value.root) as Record<string, unknown> };
}

function decodePayload(decoded: DecodedToken, segment: string, header: Record<string, unknown> | undefined): DecodedPayload {
  // RFC 7797: with `b64: false` the payload is carried as-is, so decoding it as base64url would be wrong.
  if (header?.b64 === false) {
    return { view: interpretPayloadText(decoded, segment, header), unencoded: true, inflated: false };
  }

  const bytes = decodeSegmentBytes(decoded, segment, 'payload');
  if (bytes === undefined) return { unencoded: false, inflated: false };
  if (header?.zip === 'DEF') return { view: { kind: 'compressed', bytes }, unencoded: false, inflated: false };
  return { view: interpretPayloadBytes(decoded, bytes, header), unencoded: false, inflated: false };
}

/** Decodes payload bytes as UTF-8 and then JSON, recording errors on `decoded`. */
export function interpretPayloadBytes(decoded: DecodedToken, bytes: Uint8Array, header: Record<string, unknown> | undefined): PayloadView {
  const text = decodeUtf8(bytes);
  if (!text.ok) {
    decoded.errors.push(utf8Error('payload', text.error.offset, text.error.byte));
    return { kind: 'binary', bytes, lossyText: text.error.lossyText };
  }
  return interpretPayloadText(decoded, text.value, header);
}

function interpretPayloadText(decoded: DecodedToken, text: string, header: Record<string, unknown> | undefined): PayloadView {
  // With `cty: JWT` the payload is another compact token, not a claims set (RFC 7519 §5.2).
  if (headerDeclaresNested(header)) return { kind: 'text', text };

  const claimsExpected = headerDeclaresJwt(header);

  // JWS allows any payload (RFC 7515 §3). An empty one is normal for detached content, so it is
  // only an error when the header says the payload is a JWT claims set.
  if (text === '' && !claimsExpected) return { kind: 'text', text };

  const json = parseJson(text);
  if (!json.ok) {
    decoded.errors.push(jsonError('payload', json.error, claimsExpected));
    return { kind: 'text', text };
  }
  if (json.value.root.type !== 'object' && claimsExpected) {
    decoded.errors.push({ code: 'not-an-object', part: 'payload', params: { type: json.value.root.type } });
  }
  return { kind: 'json', text, json: json.value };
}

function decodeSignature(decoded: DecodedToken, segment: string): { bytes?: Uint8Array } {
  const bytes = decodeSegmentBytes(decoded, segment, 'signature');
  return bytes === undefined ? {} : { bytes };
}

/**
 * Tells whether the header says the payload is a JWT claims set: `typ` of `JWT` or a media type
 * ending in `+jwt` (such as `at+jwt`, RFC 9068), compared without regard to case because media types are case-insensitive (RFC 7515 §4.1.9).
 */
export function headerDeclaresJwt(header: Record<string, unknown> | undefined): boolean {
  const typ = header?.typ;
  if (typeof typ !== 'string') return false;
  const mediaType = typ.toLowerCase().replace(/^application\//, '');
  return mediaType === 'jwt' || mediaType.endsWith('+jwt');
}

/** Tells whether the header's `cty` says the payload is itself a JWT (a nested token). */
export function headerDeclaresNested(header: Record<string, unknown> | undefined): boolean {
  return typeof header?.cty === 'string' && header.cty.toUpperCase().replace(/^APPLICATION\//, '') === 'JWT';
}

function segmentOffset(decoded: DecodedToken, part: PartName): number {
  const index = ['header', 'payload', 'signature'].indexOf(part);
  return decoded.segments.slice(0, index).reduce((sum, segment) => sum + segment.length + 1, 0);
}

/** Names a character so that invisible ones (space, tab, zero-width) are still readable. */
function describeChar(char: string): string {
  if (char === '') return '';
  const codePoint = char.codePointAt(0) ?? 0;
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return codePoint > 0x20 && codePoint !== 0x7f && !/\s|[\u200b-\u200f\ufeff]/.test(char) ? `"${char}" (${hex})` : hex;
}

function utf8Error(part: PartName, offset: number, byte: number): DecodeError {
  return { code: 'invalid-utf8', part, params: { offset, byte: `0x${byte.toString(16).toUpperCase().padStart(2, '0')}` } };
}

function jsonError(part: PartName, error: JsonError, claimsExpected: boolean): DecodeError {
  return {
    code: 'invalid-json',
    part,
    params: { reason: error.reason, line: error.line, column: error.column, textAllowed: claimsExpected ? 0 : 1 },
  };
}

/** Maximum size of an inflated payload in bytes, so a tiny compressed token cannot exhaust memory. */
export const MAX_INFLATED_LENGTH = 16 * 1024 * 1024;

/**
 * Inflates a `zip: "DEF"` payload (raw DEFLATE, RFC 1951, as RFC 7516 §4.1.3 defines) and decodes
 * the result. Returns a new decoded token; the input object is not changed.
 */
export async function inflatePayload(decoded: DecodedToken): Promise<DecodedToken> {
  const view = decoded.payload?.view;
  if (view?.kind !== 'compressed') return decoded;

  const next: DecodedToken = { ...decoded, errors: [...decoded.errors] };
  const inflated = await inflateRaw(view.bytes);
  if (inflated === undefined) {
    next.errors.push({ code: 'invalid-deflate', part: 'payload' });
    next.payload = { view: { kind: 'binary', bytes: view.bytes, lossyText: '' }, unencoded: false, inflated: false };
    return next;
  }
  next.payload = { view: interpretPayloadBytes(next, inflated, decoded.header?.value), unencoded: false, inflated: true };
  return next;
}

async function inflateRaw(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > MAX_INFLATED_LENGTH) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
    const output = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      output.set(chunk, offset);
      offset += chunk.length;
    }
    return output;
  } catch {
    // Corrupt DEFLATE data rejects the stream; the caller reports it as a payload error.
    return undefined;
  }
}

/** Returns the JSON node of a header member, for callers that need the exact text of a value. */
export function headerMember(decoded: DecodedToken, key: string) {
  return getMember(decoded.header?.json?.root, key);
}
