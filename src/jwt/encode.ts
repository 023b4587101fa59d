import { encodeBase64urlText } from './base64url';
import { parseJson, printCompactJson, type JsonError } from './json';
import type { Result } from './types';

/** Which decoded pane the user edited. */
export type EditablePart = 'header' | 'payload';

/**
 * Turns edited JSON text into a compact base64url segment. Numbers keep their exact text and
 * members keep their order, so editing one claim changes nothing else. Rejects text that is not
 * strict JSON, with the error's line and column.
 */
export function encodeJsonSegment(text: string): Result<string, JsonError> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  return { ok: true, value: encodeBase64urlText(printCompactJson(parsed.value.root)) };
}

/**
 * Replaces the header or payload segment of a compact token and keeps the old signature, which
 * then no longer matches unless the caller signs again.
 */
export function replaceSegment(token: string, part: EditablePart, segment: string): string {
  const segments = token.split('.');
  while (segments.length < 3) segments.push('');
  segments[part === 'header' ? 0 : 1] = segment;
  return segments.slice(0, 3).join('.');
}
