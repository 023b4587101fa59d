import { parseTree, printParseErrorCode, type Node as JsoncNode, type ParseError } from 'jsonc-parser';
import type { Result } from './types';

/**
 * A JSON value that keeps what JSON.parse loses: member order including duplicate members, and
 * numbers as the exact text written in the token.
 */
export type JsonNode =
  | { type: 'object'; members: JsonMember[] }
  | { type: 'array'; items: JsonNode[] }
  | { type: 'string'; value: string }
  | { type: 'number'; raw: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' };

export interface JsonMember {
  key: string;
  value: JsonNode;
}

/** Why JSON text could not be parsed, as a stable code for the message catalog. */
export type JsonErrorReason =
  | 'empty'
  | 'value-expected'
  | 'comma-expected'
  | 'colon-expected'
  | 'property-name-expected'
  | 'close-brace-expected'
  | 'close-bracket-expected'
  | 'end-expected'
  | 'invalid-symbol'
  | 'invalid-number'
  | 'unterminated-string'
  | 'invalid-escape'
  | 'invalid-character'
  | 'invalid-comment';

export interface JsonError {
  reason: JsonErrorReason;
  /** Zero-based character offset, and the same place as 1-based line and column. */
  offset: number;
  line: number;
  column: number;
}

export interface ParsedJson {
  root: JsonNode;
  /** Paths of members that appear more than once in one object, such as `alg` or `user.id`. */
  duplicates: string[];
  /** Number literals that a JavaScript number cannot hold exactly, with their paths. */
  unsafeNumbers: { path: string; raw: string }[];
}

// Keyed by jsonc-parser's error names (`printParseErrorCode`), because its codes are a const enum.
const REASONS: Record<string, JsonErrorReason> = {
  InvalidSymbol: 'invalid-symbol',
  InvalidNumberFormat: 'invalid-number',
  PropertyNameExpected: 'property-name-expected',
  ValueExpected: 'value-expected',
  ColonExpected: 'colon-expected',
  CommaExpected: 'comma-expected',
  CloseBraceExpected: 'close-brace-expected',
  CloseBracketExpected: 'close-bracket-expected',
  EndOfFileExpected: 'end-expected',
  InvalidCommentToken: 'invalid-comment',
  UnexpectedEndOfComment: 'invalid-comment',
  UnexpectedEndOfString: 'unterminated-string',
  UnexpectedEndOfNumber: 'invalid-number',
  InvalidUnicode: 'invalid-escape',
  InvalidEscapeCharacter: 'invalid-escape',
  InvalidCharacter: 'invalid-character',
};

/**
 * Parses strict JSON (RFC 8259: no comments, no trailing commas) without losing member order,
 * duplicate members or number text. Reports the first error with its line and column.
 */
export function parseJson(text: string): Result<ParsedJson, JsonError> {
  if (text.trim() === '') return { ok: false, error: locate(text, 0, 'empty') };

  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined || tree === undefined) {
    const reason = first === undefined ? 'value-expected' : (REASONS[printParseErrorCode(first.error)] ?? 'value-expected');
    return { ok: false, error: locate(text, first?.offset ?? 0, reason) };
  }

  const duplicates: string[] = [];
  const unsafeNumbers: { path: string; raw: string }[] = [];
  const root = convert(tree, text, '', duplicates, unsafeNumbers);
  return { ok: true, value: { root, duplicates, unsafeNumbers } };
}

function locate(text: string, offset: number, reason: JsonErrorReason): JsonError {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { reason, offset, line, column };
}

function convert(node: JsoncNode, text: string, path: string, duplicates: string[], unsafe: ParsedJson['unsafeNumbers']): JsonNode {
  switch (node.type) {
    case 'object': {
      const seen = new Set<string>();
      const members: JsonMember[] = [];
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode === undefined || valueNode === undefined) continue;
        const key = String(keyNode.value);
        const memberPath = path === '' ? key : `${path}.${key}`;
        if (seen.has(key) && !duplicates.includes(memberPath)) duplicates.push(memberPath);
        seen.add(key);
        members.push({ key, value: convert(valueNode, text, memberPath, duplicates, unsafe) });
      }
      return { type: 'object', members };
    }
    case 'array':
      return { type: 'array', items: (node.children ?? []).map((child, index) => convert(child, text, `${path}[${index}]`, duplicates, unsafe)) };
    case 'string':
      return { type: 'string', value: String(node.value) };
    case 'number': {
      const raw = text.slice(node.offset, node.offset + node.length);
      if (!isExactNumber(raw)) unsafe.push({ path, raw });
      return { type: 'number', raw };
    }
    case 'boolean':
      return { type: 'boolean', value: node.value === true };
    default:
      return { type: 'null' };
  }
}

/**
 * Tells whether JavaScript holds the number literal without losing it: integers must lie within
 * ±(2^53 − 1), and any number must stay inside the double range. Fractions such as 0.1 are not
 * flagged: every JSON tool rounds them the same way.
 */
export function isExactNumber(raw: string): boolean {
  if (/^-?\d+$/.test(raw)) {
    const value = BigInt(raw);
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER);
  }
  return Number.isFinite(Number(raw));
}

/** Prints a node as JSON with two-space indentation, numbers exactly as written. */
export function printJson(node: JsonNode): string {
  return printNode(node, '  ', '');
}

/** Prints a node as compact JSON (no whitespace), numbers exactly as written. */
export function printCompactJson(node: JsonNode): string {
  return printNode(node, null, '');
}

/** Prints a node, pretty with `unit` per nesting level, or compact when `unit` is null. */
function printNode(node: JsonNode, unit: string | null, indent: string): string {
  const inner = unit === null ? '' : indent + unit;
  const open = unit === null ? '' : `\n${inner}`;
  const separator = unit === null ? ',' : `,\n${inner}`;
  const close = unit === null ? '' : `\n${indent}`;
  const colon = unit === null ? ':' : ': ';

  switch (node.type) {
    case 'object':
      if (node.members.length === 0) return '{}';
      return `{${open}${node.members.map((member) => `${JSON.stringify(member.key)}${colon}${printNode(member.value, unit, inner)}`).join(separator)}${close}}`;
    case 'array':
      if (node.items.length === 0) return '[]';
      return `[${open}${node.items.map((item) => printNode(item, unit, inner)).join(separator)}${close}]`;
    case 'string':
      return JSON.stringify(node.value);
    case 'number':
      return node.raw;
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
  }
}

/**
 * Converts a node to a plain JavaScript value the way JSON.parse and most libraries read it: the
 * last of duplicate members wins, and numbers become doubles (so large integers may round).
 */
export function toJsValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const member of node.members) {
        // defineProperty keeps a member named __proto__ as data instead of changing the prototype.
        Object.defineProperty(result, member.key, { value: toJsValue(member.value), enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
    case 'array':
      return node.items.map(toJsValue);
    case 'string':
    case 'boolean':
      return node.value;
    case 'number':
      return Number(node.raw);
    case 'null':
      return null;
  }
}

/** Returns the last member called `key` of an object node, as libraries that take the last value do. */
export function getMember(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== 'object') return undefined;
  for (let index = node.members.length - 1; index >= 0; index--) {
    const member = node.members[index] as JsonMember;
    if (member.key === key) return member.value;
  }
  return undefined;
}
