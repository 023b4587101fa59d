import { decodeLenientBase64, encodeBase64 } from './secret';
import type { Result } from './types';

/** What was cleaned in pasted key text before it could be used. */
export type KeyNormalization = 'text-around-pem' | 'armor-added' | 'extra-blocks-ignored';

export interface PemContent {
  /** The label of the BEGIN line (`PUBLIC KEY`, `RSA PRIVATE KEY`, …), or undefined for a bare body. */
  label?: string;
  der: Uint8Array;
  normalization: KeyNormalization[];
}

export type PemError =
  | { reason: 'end-missing'; label: string }
  | { reason: 'body'; label?: string; position?: number }
  | { reason: 'encrypted' }
  | { reason: 'openssh' }
  | { reason: 'not-pem' };

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END ([A-Z0-9 ]+)-----/;
const BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----/;

/**
 * Reads the first PEM block in pasted text (RFC 7468). Text around the block, further blocks
 * (a certificate chain) and a body pasted without its BEGIN/END lines are accepted and reported
 * in `normalization`, because keys copied from terminals and config files often come that way.
 */
export function readPem(text: string): Result<PemContent, PemError> {
  if (/-----BEGIN (?:ENCRYPTED PRIVATE KEY|[A-Z ]*PRIVATE KEY-----[\s\S]*Proc-Type: 4,ENCRYPTED)/.test(text)) {
    return { ok: false, error: { reason: 'encrypted' } };
  }
  if (/-----BEGIN OPENSSH PRIVATE KEY-----|^\s*(?:ssh-(?:rsa|ed25519)|ecdsa-sha2-\S+) AAAA/.test(text)) {
    return { ok: false, error: { reason: 'openssh' } };
  }

  const block = BLOCK.exec(text);
  if (block === null) {
    const begin = BEGIN.exec(text);
    if (begin !== null) return { ok: false, error: { reason: 'end-missing', label: begin[1] as string } };
    return readBareBody(text);
  }

  const label = block[1] as string;
  const body = block[2] as string;
  const normalization: KeyNormalization[] = [];
  const before = text.slice(0, block.index);
  const after = text.slice(block.index + block[0].length);
  if (BEGIN.test(after)) normalization.push('extra-blocks-ignored');
  else if (after.trim() !== '') normalization.push('text-around-pem');
  if (before.trim() !== '' && !normalization.includes('text-around-pem')) normalization.push('text-around-pem');

  const der = decodePemBody(body);
  if (!der.ok) return { ok: false, error: { reason: 'body', label, position: der.error } };
  return { ok: true, value: { label, der: der.value, normalization } };
}

function readBareBody(text: string): Result<PemContent, PemError> {
  const compact = text.replace(/\s+/g, '');
  // A DER key is at least a few dozen bytes; shorter base64 is more likely a secret or a typo.
  if (compact.length < 40 || !/^[A-Za-z0-9+/]+=*$/.test(compact)) return { ok: false, error: { reason: 'not-pem' } };
  const der = decodePemBody(text);
  if (!der.ok) return { ok: false, error: { reason: 'body', position: der.error } };
  return { ok: true, value: { der: der.value, normalization: ['armor-added'] } };
}

// Returns the DER bytes, or the 1-based position of the first character that is not base64.
function decodePemBody(body: string): Result<Uint8Array, number | undefined> {
  const lines = body.split(/\r?\n/).filter((line) => !/^[A-Za-z-]+:/.test(line.trim()));
  const joined = lines.join('\n');
  const decoded = decodeLenientBase64(joined);
  if (!decoded.ok) return { ok: false, error: decoded.error.position };
  if (/[-_]/.test(joined)) return { ok: false, error: joined.search(/[-_]/) + 1 };
  return { ok: true, value: decoded.value };
}

/** Wraps DER bytes in PEM armor with 64-character lines, as RFC 7468 §2 describes. */
export function toPem(label: string, der: Uint8Array): string {
  const body = encodeBase64(der).replace(/.{64}(?=.)/g, '$&\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}
