import { describe, expect, it } from 'vitest';
import { rewriteHeaderAlg } from './alg-rewrite';

function segment(text: string): string {
  return Buffer.from(text).toString('base64url');
}

describe('rewriteHeaderAlg', () => {
  it('replaces alg and keeps the other members and the signature', () => {
    const token = `${segment('{"typ":"JWT", "alg":"HS256","n":12345678901234567890}')}.${segment('{"sub":"1"}')}.c2ln`;
    const result = rewriteHeaderAlg(token, 'RS256');
    expect(result.ok).toBe(true);
    const [header, payload, signature] = (result.ok ? result.value : '').split('.');
    expect(Buffer.from(header ?? '', 'base64url').toString()).toBe('{"typ":"JWT","alg":"RS256","n":12345678901234567890}');
    expect(payload).toBe(segment('{"sub":"1"}'));
    expect(signature).toBe('c2ln');
  });

  it('replaces every duplicate alg', () => {
    const token = `${segment('{"alg":"none","alg":"HS256"}')}.${segment('{}')}.`;
    const result = rewriteHeaderAlg(token, 'ES256');
    expect(Buffer.from((result.ok ? result.value : '').split('.')[0] ?? '', 'base64url').toString()).toBe('{"alg":"ES256","alg":"ES256"}');
  });

  it('adds alg when the header has none', () => {
    const result = rewriteHeaderAlg(`${segment('{"typ":"JWT"}')}.${segment('{}')}.`, 'HS256');
    expect(Buffer.from((result.ok ? result.value : '').split('.')[0] ?? '', 'base64url').toString()).toBe('{"alg":"HS256","typ":"JWT"}');
  });

  it('rejects a header that is not a JSON object', () => {
    expect(rewriteHeaderAlg(`${segment('[1]')}.${segment('{}')}.`, 'HS256')).toEqual({ ok: false, error: 'header-unreadable' });
  });
});
