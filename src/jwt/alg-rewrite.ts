import { decodeToken } from './decode';
import { encodeJsonSegment, replaceSegment } from './encode';
import { printJson, type JsonNode } from './json';
import type { Result } from './types';

/**
 * Sets the header's `alg` and returns the token with the re-encoded header and the old signature,
 * which the caller then signs again. Other members keep their order and exact values; a duplicate
 * `alg` member is replaced everywhere, so no reader can pick up the old value.
 */
export function rewriteHeaderAlg(token: string, alg: string): Result<string, 'header-unreadable'> {
  const decoded = decodeToken(token);
  const root = decoded.header?.json?.root;
  if (root?.type !== 'object' || decoded.form !== 'jws') return { ok: false, error: 'header-unreadable' };

  const value: JsonNode = { type: 'string', value: alg };
  const hasAlg = root.members.some((member) => member.key === 'alg');
  let members = root.members.map((member) => (member.key === 'alg' ? { key: 'alg', value } : member));
  if (!hasAlg) members = [{ key: 'alg', value }, ...members];
  const segment = encodeJsonSegment(printJson({ type: 'object', members }));
  if (!segment.ok) return { ok: false, error: 'header-unreadable' };
  return { ok: true, value: replaceSegment(decoded.token, 'header', segment.value) };
}
