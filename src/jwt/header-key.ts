import type { DecodedToken } from './decode';
import { classifyDer } from './der-keys';
import { parseKeyText, type KeyInput, type KeyInputError } from './keys';
import { decodeLenientBase64 } from './secret';
import type { Result } from './types';

export interface HeaderKey {
  member: 'jwk' | 'x5c';
  input: KeyInput;
}

/** Tells which key-carrying member the header has, if any: an embedded `jwk` or an `x5c` chain. */
export function headerKeyMember(decoded: DecodedToken): 'jwk' | 'x5c' | undefined {
  const header = decoded.header?.value;
  if (typeof header?.jwk === 'object' && header.jwk !== null) return 'jwk';
  if (Array.isArray(header?.x5c) && typeof header.x5c[0] === 'string') return 'x5c';
  return undefined;
}

/**
 * Reads the key a token carries itself: its `jwk` header, or the first certificate of its `x5c`
 * chain (standard base64 DER, RFC 7515 §4.1.6). The certificate chain is not validated, so a
 * signature checked with this key proves only that the token is consistent with itself.
 */
export function headerKey(decoded: DecodedToken): Result<HeaderKey, KeyInputError> | undefined {
  const member = headerKeyMember(decoded);
  const header = decoded.header?.value;
  if (member === undefined || header === undefined) return undefined;

  if (member === 'jwk') {
    const parsed = parseKeyText(JSON.stringify(header.jwk));
    return parsed.ok ? { ok: true, value: { member, input: parsed.value } } : parsed;
  }

  const der = decodeLenientBase64((header.x5c as string[])[0] as string);
  if (!der.ok) return { ok: false, error: { reason: 'pem-body' } };
  const key = classifyDer(der.value);
  if (!key.ok || key.value.visibility !== 'public') return { ok: false, error: { reason: 'unknown-structure' } };
  const parsedKey = { visibility: key.value.visibility, source: key.value.source, info: key.value.info, der: key.value.der };
  return { ok: true, value: { member, input: { keys: [parsedKey], isSet: false, normalization: [] } } };
}
