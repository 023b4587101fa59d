import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toHref } from './app-links';
import { DEMO_SECRET, PREPARED_TOKENS, WEAK_SECRET, type PreparedTokenId } from './prepared-tokens';

interface DecodedToken {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signature: string;
  signingInput: string;
}

// Decoded with Node's Buffer, independently of the app's own base64url code.
function decode(token: string): DecodedToken {
  const [header = '', payload = '', signature = ''] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>,
    signature,
    signingInput: `${header}.${payload}`,
  };
}

function hs256Verifies(token: string, secret: string): boolean {
  const { signingInput, signature } = decode(token);
  const expected = createHmac('sha256', secret).update(signingInput).digest();
  const actual = Buffer.from(signature, 'base64url');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const SIGNED_WITH_DEMO_SECRET: PreparedTokenId[] = [
  'expired',
  'expInMilliseconds',
  'readablePayload',
  'longLived',
  'noExp',
  'accessTokenProfile',
  'keyInHeader',
];

describe('prepared tokens', () => {
  it('are three-part compact tokens in base64url', () => {
    for (const token of Object.values(PREPARED_TOKENS)) {
      expect(token.split('.')).toHaveLength(3);
      expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/);
    }
  });

  it.each(SIGNED_WITH_DEMO_SECRET)('%s verifies with the demo secret', (id) => {
    expect(decode(PREPARED_TOKENS[id]).header.alg).toBe('HS256');
    expect(hs256Verifies(PREPARED_TOKENS[id], DEMO_SECRET)).toBe(true);
  });

  it('algNone has alg none and an empty signature', () => {
    const token = decode(PREPARED_TOKENS.algNone);
    expect(token.header.alg).toBe('none');
    expect(token.signature).toBe('');
    expect(token.payload.role).toBe('admin');
  });

  it('tamperedPayload decodes but fails verification', () => {
    const token = decode(PREPARED_TOKENS.tamperedPayload);
    expect(token.payload.role).toBe('admin');
    expect(hs256Verifies(PREPARED_TOKENS.tamperedPayload, DEMO_SECRET)).toBe(false);
  });

  it('weakSecret verifies with a 6-byte dictionary word', () => {
    expect(Buffer.byteLength(WEAK_SECRET)).toBeLessThan(32);
    expect(hs256Verifies(PREPARED_TOKENS.weakSecret, WEAK_SECRET)).toBe(true);
    expect(hs256Verifies(PREPARED_TOKENS.weakSecret, DEMO_SECRET)).toBe(false);
  });

  it('expired ended before 2024', () => {
    const { payload } = decode(PREPARED_TOKENS.expired);
    expect(payload.exp).toBe(1_700_000_900);
    expect(Number(payload.exp) - Number(payload.iat)).toBe(15 * 60);
  });

  it('expInMilliseconds holds a millisecond exp', () => {
    const { payload } = decode(PREPARED_TOKENS.expInMilliseconds);
    expect(Number(payload.exp)).toBeGreaterThan(1e11);
    expect(Number(payload.exp) / 1000 - Number(payload.iat)).toBe(15 * 60);
  });

  it('longLived lasts 30 days and noExp has no exp', () => {
    const longLived = decode(PREPARED_TOKENS.longLived).payload;
    expect(Number(longLived.exp) - Number(longLived.iat)).toBe(30 * 24 * 60 * 60);
    expect(decode(PREPARED_TOKENS.noExp).payload).not.toHaveProperty('exp');
  });

  it('accessTokenProfile has the RFC 9068 header type and required claims', () => {
    const { header, payload } = decode(PREPARED_TOKENS.accessTokenProfile);
    expect(header.typ).toBe('at+jwt');
    for (const claim of ['iss', 'exp', 'aud', 'sub', 'client_id', 'iat', 'jti']) expect(payload).toHaveProperty(claim);
  });

  it('keyInHeader names a key set with jku', () => {
    expect(decode(PREPARED_TOKENS.keyInHeader).header.jku).toEqual(expect.any(String));
  });

  it('readablePayload carries an email and a phone number', () => {
    const { payload } = decode(PREPARED_TOKENS.readablePayload);
    expect(payload.email).toContain('@');
    expect(payload.phone).toEqual(expect.any(String));
  });
});

describe('toHref', () => {
  it('puts the token in the fragment of the debugger route', () => {
    expect(toHref({ kind: 'debugger', token: 'algNone' })).toBe(`/#token=${PREPARED_TOKENS.algNone}`);
  });

  it('opens the lifecycle page at a step', () => {
    expect(toHref({ kind: 'lifecycle', step: 6 })).toBe('/lifecycle#step=6');
  });

  it('never puts a secret into a link', () => {
    for (const id of Object.keys(PREPARED_TOKENS) as PreparedTokenId[]) {
      const href = toHref({ kind: 'debugger', token: id });
      expect(href).not.toContain(DEMO_SECRET);
      expect(href).not.toContain('secret=');
    }
  });
});
