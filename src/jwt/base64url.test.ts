import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';

describe('decodeBase64url', () => {
  it('matches node:crypto for every length from 0 to 64 bytes', () => {
    for (let length = 0; length <= 64; length++) {
      const bytes = randomBytes(length);
      const result = decodeBase64url(bytes.toString('base64url'));
      expect(result.ok).toBe(true);
      if (result.ok) expect(Buffer.from(result.value.bytes).equals(bytes)).toBe(true);
      expect(encodeBase64url(bytes)).toBe(bytes.toString('base64url'));
    }
  });

  it('decodes the standard alphabet with padding and reports it', () => {
    const bytes = Buffer.from([0xfb, 0xff, 0xbf, 0x01]);
    const result = decodeBase64url(bytes.toString('base64'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Buffer.from(result.value.bytes).equals(bytes)).toBe(true);
    expect([...result.value.nonCanonical].sort()).toEqual(['+', '/', '=']);
  });

  it.each([
    ['a percent sign', 'ab%20cd', 2, 'character'],
    ['a space', 'ab cd', 2, 'character'],
    ['an emoji', 'ab🙂', 2, 'character'],
    ['padding in the middle', 'ab=c', 2, 'padding'],
    ['one leftover character', 'abcde', 4, 'length'],
  ])('rejects %s', (_label, segment, index, reason) => {
    expect(decodeBase64url(segment)).toMatchObject({ ok: false, error: { index, reason } });
  });
});
