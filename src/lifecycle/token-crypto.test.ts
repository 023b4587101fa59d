import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createNodeKeys, decodePayload, TEST_START } from './test-fixtures';
import {
  AUDIENCE,
  createRandomId,
  createRefreshToken,
  createSigningKeys,
  hashRefreshToken,
  ISSUER,
  signAccessToken,
  verifyAccessToken,
} from './token-crypto';

const iat = TEST_START / 1000;
const exp = iat + 30 * 60;
const claims = { sub: 'user-1024', jti: 'jti-1', iat, exp };

describe('signAccessToken', () => {
  it.each(['ES256', 'HS256'] as const)('produces a %s token node:crypto verifies', async (alg) => {
    const { keys, verifyWithNode } = await createNodeKeys(alg);
    const token = await signAccessToken(keys, claims);

    expect(verifyWithNode(token)).toBe(true);
    expect(verifyWithNode(`${token.slice(0, -2)}AA`)).toBe(false);
  });

  it('writes the registered claims in seconds', async () => {
    const { keys } = await createNodeKeys('ES256');
    const payload = decodePayload(await signAccessToken(keys, claims));

    expect(payload).toMatchObject({ sub: 'user-1024', jti: 'jti-1', iss: ISSUER, aud: AUDIENCE, iat, exp });
  });

  it('puts alg and typ in the protected header', async () => {
    const { keys } = await createNodeKeys('HS256');
    const token = await signAccessToken(keys, claims);
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'));

    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
  });
});

describe('verifyAccessToken', () => {
  it.each([
    ['at issue time', iat * 1000, { ok: true }],
    ['one second before exp', (exp - 1) * 1000, { ok: true }],
    ['exactly at exp', exp * 1000, { ok: false, code: 'token-expired' }],
    ['a day after exp', (exp + 86_400) * 1000, { ok: false, code: 'token-expired' }],
  ])('judges a token %s by the virtual clock', async (_case, now, expected) => {
    const { keys } = await createNodeKeys('ES256');
    const token = await signAccessToken(keys, claims);

    expect(await verifyAccessToken(keys, token, now)).toMatchObject(expected);
  });

  it('rejects a token signed with another key', async () => {
    const signer = await createNodeKeys('ES256');
    const verifier = await createNodeKeys('ES256');
    const token = await signAccessToken(signer.keys, claims);

    expect(await verifyAccessToken(verifier.keys, token, iat * 1000)).toEqual({ ok: false, code: 'token-invalid' });
  });

  it('rejects an HS256 token where ES256 is expected', async () => {
    const hmac = await createNodeKeys('HS256');
    const ecdsa = await createNodeKeys('ES256');
    const token = await signAccessToken(hmac.keys, claims);

    expect(await verifyAccessToken(ecdsa.keys, token, iat * 1000)).toEqual({ ok: false, code: 'token-invalid' });
  });

  it('returns the subject and jti of a valid token', async () => {
    const { keys } = await createNodeKeys('HS256');
    const token = await signAccessToken(keys, claims);

    expect(await verifyAccessToken(keys, token, iat * 1000)).toEqual({ ok: true, sub: 'user-1024', jti: 'jti-1', exp });
  });
});

describe('createSigningKeys', () => {
  it('makes an ES256 pair whose private key cannot be exported', async () => {
    const keys = await createSigningKeys('ES256');
    const token = await signAccessToken(keys, claims);

    expect((keys.signingKey as CryptoKey).extractable).toBe(false);
    expect(await verifyAccessToken(keys, token, iat * 1000)).toMatchObject({ ok: true });
  });

  it('makes a 256-bit HS256 secret', async () => {
    const keys = await createSigningKeys('HS256');

    expect((keys.signingKey as Uint8Array).byteLength).toBe(32);
  });
});

describe('createRefreshToken', () => {
  it('encodes 32 random bytes as unpadded base64url', () => {
    const token = createRefreshToken();

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url').byteLength).toBe(32);
  });

  it('encodes known bytes exactly', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, index) => index * 8);

    expect(createRefreshToken(() => bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  });

  it('differs between calls', () => {
    expect(createRefreshToken()).not.toBe(createRefreshToken());
  });
});

describe('createRandomId', () => {
  it('returns 16 bytes as hex', () => {
    expect(createRandomId(() => new Uint8Array(16).fill(0xab))).toBe('ab'.repeat(16));
  });
});

describe('hashRefreshToken', () => {
  it('matches the FIPS 180-2 SHA-256 vector for "abc"', async () => {
    expect(await hashRefreshToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches node:crypto for a refresh token', async () => {
    const token = createRefreshToken();

    expect(await hashRefreshToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
  });
});
