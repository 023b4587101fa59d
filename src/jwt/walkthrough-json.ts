import { applyEdits, modify, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Result } from './types';

/** Syntax error names as jsonc-parser's `printParseErrorCode` returns them. */
export type JsonSyntaxReason = Exclude<ReturnType<typeof printParseErrorCode>, '<unknown ParseErrorCode>'>;

/** Reason a header or payload text cannot be encoded. */
export type JsonTextError =
  | { code: 'invalid-json'; offset: number; line: number; column: number; reason: JsonSyntaxReason }
  | { code: 'not-an-object' };

/** A JSON text that parsed to an object, with the whitespace-free form that libraries encode. */
export interface ParsedJsonObject {
  value: Record<string, unknown>;
  compact: string;
}

/**
 * Parses strict JSON (no comments, no trailing commas) that must be an object, as a JOSE header
 * and a JWT claims set are (RFC 7515 §4, RFC 7519 §7.2). The compact form drops only the
 * whitespace between tokens, so member order, duplicate members and number literals stay exactly
 * as written, which `JSON.stringify(JSON.parse(text))` would not guarantee.
 */
export function parseJsonObject(text: string): Result<ParsedJsonObject, JsonTextError> {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first !== undefined) {
    const reason = printParseErrorCode(first.error);
    return {
      ok: false,
      error: { code: 'invalid-json', ...lineAndColumn(text, first.offset), reason: reason === '<unknown ParseErrorCode>' ? 'InvalidSymbol' : reason },
    };
  }

  const compact = removeJsonWhitespace(text);
  try {
    // jsonc-parser is lenient about a few inputs that strict JSON rejects (for example a lone
    // top-level value followed by nothing); JSON.parse is the final word on validity.
    JSON.parse(compact);
  } catch {
    return { ok: false, error: { code: 'invalid-json', ...lineAndColumn(text, 0), reason: 'InvalidSymbol' } };
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: { code: 'not-an-object' } };
  }
  return { ok: true, value: { value: value as Record<string, unknown>, compact } };
}

function lineAndColumn(text: string, offset: number): { offset: number; line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { offset, line, column };
}

/** Removes the whitespace JSON allows between tokens (RFC 8259 §2), leaving string contents intact. */
export function removeJsonWhitespace(text: string): string {
  let output = '';
  let inString = false;
  let escaped = false;

  for (const char of text) {
    if (inString) {
      output += char;
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') continue;
    if (char === '"') inString = true;
    output += char;
  }
  return output;
}

/**
 * Returns the header text with its `alg` member set, keeping the user's formatting. Returns the
 * text unchanged when it is not a JSON object, so a half-typed header is never overwritten.
 * With duplicate `alg` members only the first is changed, while JSON parsers keep the last.
 */
export function replaceHeaderAlg(headerText: string, alg: string): string {
  if (!parseJsonObject(headerText).ok) return headerText;
  return setJsonMember(headerText, 'alg', alg);
}

/**
 * Returns the JSON text with one member set to a string value, keeping the formatting. The
 * walkthrough uses it to build a tampered copy of the payload.
 */
export function setJsonMember(jsonText: string, name: string, value: string): string {
  const edits = modify(jsonText, [name], value, { formattingOptions: { insertSpaces: true, tabSize: 2 } });
  return applyEdits(jsonText, edits);
}
