import { generateKeyPairSync, verify as nodeVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { convertKeyText } from './convert';
import { decodeToken } from './decode';
import { generateKeyFor } from './generate';
import { parseKeyText } from './keys';
import { decodeHex, decodeLenientBase64, decodeSecret, looksLikePublicKey } from './secret';
import { signToken } from './sign';
import { checkSignature } from './verify';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' });
const spki = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe('parseKeyText', () => {
  it.each([
    ['SPKI', spki, 'public', 'spki', 'RSA 2048'],
    ['PKCS #1 public', rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString(), 'public', 'pkcs1-public', 'RSA 2048'],
    ['PKCS #8', rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'private', 'pkcs8', 'RSA 2048'],
    ['PKCS #1 private', rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), 'private', 'pkcs1-private', 'RSA 2048'],
    ['SEC 1', ec.privateKey.export({ type: 'sec1', format: 'pem' }).toString(), 'private', 'sec1', 'EC P-384'],
    ['EC SPKI', ec.publicKey.export({ type: 'spki', format: 'pem' }).toString(), 'public', 'spki', 'EC P-384'],
  ])('reads %s', (_name, text, visibility, source, described) => {
    const parsed = parseKeyText(text);
    if (!parsed.ok) throw new Error(`parse failed: ${parsed.error.reason}`);
    const key = parsed.value.keys[0];
    expect(key?.visibility).toBe(visibility);
    expect(key?.source).toBe(source);
    expect(`${key?.info.kty} ${key?.info.kty === 'RSA' ? key.info.bits : key?.info.crv}`).toBe(described);
  });

  it('reports text around the PEM block', () => {
    const parsed = parseKeyText(`key file:\n${spki}\ntrailing note`);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.normalization).toEqual(['text-around-pem']);
  });

  it('adds missing armor to a bare body', () => {
    const parsed = parseKeyText(spki.replace(/-----[A-Z ]+-----/g, ''));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.normalization).toEqual(['armor-added']);
  });

  it.each([
    ['a missing END line', spki.replace(/-----END PUBLIC KEY-----\n/, ''), 'pem-end-missing'],
    ['a broken body', spki.replace(/\n[A-Za-z0-9+/]{4}/, '\n!!!!'), 'pem-body'],
    ['an encrypted key', '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----', 'encrypted'],
    ['an OpenSSH public key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA user@host', 'openssh'],
    ['plain words', 'not a key at all', 'not-a-key'],
    ['invalid JSON', '{"kty": "RSA",', 'json'],
    ['a JWK without kty', '{"n": "AQAB"}', 'jwk-kty-missing'],
    ['a symmetric JWK', '{"kty": "oct", "k": "c2VjcmV0"}', 'jwk-symmetric'],
    ['a JWKS of secrets only', '{"keys": [{"kty": "oct", "k": "c2VjcmV0"}]}', 'jwks-empty'],
  ])('rejects %s', (_name, text, reason) => {
    const parsed = parseKeyText(text);
    expect(parsed.ok ? undefined : parsed.error.reason).toBe(reason);
  });
});

describe('secret decoding', () => {
  it.each([
    ['standard padded', 'M/LgeyWOjAE8uPH7PJ9PdhzHr8J8z6EIVoAi7iWNDr8='],
    ['standard unpadded', 'M/LgeyWOjAE8uPH7PJ9PdhzHr8J8z6EIVoAi7iWNDr8'],
    ['URL-safe', 'M_LgeyWOjAE8uPH7PJ9PdhzHr8J8z6EIVoAi7iWNDr8'],
  ])('base64 accepts the %s form', (_name, text) => {
    const decoded = decodeLenientBase64(text);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(Buffer.from(decoded.value).toString('base64')).toBe('M/LgeyWOjAE8uPH7PJ9PdhzHr8J8z6EIVoAi7iWNDr8=');
  });

  it('base64 names the position of a bad character', () => {
    expect(decodeLenientBase64('abc$def')).toEqual({ ok: false, error: { encoding: 'base64', reason: 'character', position: 4 } });
  });

  it('hex decodes with separators and rejects an odd length', () => {
    const decoded = decodeHex('61:62 63');
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(Buffer.from(decoded.value).toString()).toBe('abc');
    expect(decodeHex('616').ok).toBe(false);
  });

  it('UTF-8 keeps whitespace as typed', () => {
    const decoded = decodeSecret(' key\n', 'utf8');
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(Buffer.from(decoded.value).toString()).toBe(' key\n');
  });

  it('recognizes public key text', () => {
    expect(looksLikePublicKey(spki)).toBe(true);
    expect(looksLikePublicKey(JSON.stringify(rsa.publicKey.export({ format: 'jwk' })))).toBe(true);
    expect(looksLikePublicKey('just-a-secret')).toBe(false);
  });
});

describe('generateKeyFor', () => {
  it.each(['HS256', 'HS384', 'HS512', 'RS256', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'])('%s key signs and verifies', async (alg) => {
    const key = await generateKeyFor(alg);
    const header = Buffer.from(JSON.stringify({ alg })).toString('base64url');
    const token = `${header}.${Buffer.from('{"sub":"1"}').toString('base64url')}.`;
    const signed = await signToken({ token, secret: key.secret ?? '', secretEncoding: 'base64', privateKey: key.privateKey ?? '' });
    if (!signed.ok) throw new Error(`signing failed: ${signed.error.code}`);

    const result = await checkSignature({ decoded: decodeToken(signed.value), secret: key.secret ?? '', secretEncoding: 'base64', publicKey: key.publicKey ?? '', privateKey: '' });
    expect(result.status).toBe('valid');
    expect(result.findings.map((finding) => finding.code)).not.toContain('weak-secret');
  });

  it('RSA keys are 2048 bits and verify with node:crypto', async () => {
    const key = await generateKeyFor('RS256');
    const parsed = parseKeyText(key.publicKey ?? '');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.keys[0]?.info.bits).toBe(2048);
    const signed = await signToken({ token: 'eyJhbGciOiJSUzI1NiJ9.e30.', secret: '', secretEncoding: 'utf8', privateKey: key.privateKey ?? '' });
    const [header, payload, signature] = (signed.ok ? signed.value : '..').split('.') as [string, string, string];
    expect(nodeVerify('sha256', Buffer.from(`${header}.${payload}`), key.publicKey ?? '', Buffer.from(signature, 'base64url'))).toBe(true);
  });
});

describe('convertKeyText', () => {
  it('turns PEM into JWK and back into the same PEM', async () => {
    const jwk = await convertKeyText(spki, 'jwk');
    expect(jwk.ok).toBe(true);
    if (jwk.ok) expect(JSON.parse(jwk.value)).toEqual(rsa.publicKey.export({ format: 'jwk' }));
    const pem = await convertKeyText(jwk.ok ? jwk.value : '', 'pem');
    expect(pem).toEqual({ ok: true, value: spki });
  });

  it('turns a SEC 1 private key into a PKCS #8 PEM', async () => {
    const pem = await convertKeyText(ec.privateKey.export({ type: 'sec1', format: 'pem' }).toString(), 'pem');
    expect(pem).toEqual({ ok: true, value: ec.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() });
  });

  it('rejects a JWK Set', async () => {
    const set = JSON.stringify({ keys: [rsa.publicKey.export({ format: 'jwk' }), ec.publicKey.export({ format: 'jwk' })] });
    expect(await convertKeyText(set, 'pem')).toEqual({ ok: false, error: { code: 'conversion-set' } });
  });
});
