import { constants, createHmac, generateKeyPairSync, sign as nodeSign, verify as nodeVerify, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeToken } from './decode';
import { signToken } from './sign';
import { checkSignature, type SignatureRequest } from './verify';

// node:crypto (OpenSSL) is an implementation independent of WebCrypto's use here, so tokens it
// signs must verify in the app, and tokens the app signs must verify with it.

type AsymmetricAlg = 'RS256' | 'RS384' | 'RS512' | 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384' | 'ES512' | 'EdDSA';

interface KeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

const rsaPair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ecPairs = {
  ES256: generateKeyPairSync('ec', { namedCurve: 'P-256' }),
  ES384: generateKeyPairSync('ec', { namedCurve: 'P-384' }),
  ES512: generateKeyPairSync('ec', { namedCurve: 'P-521' }),
};
const edPair = generateKeyPairSync('ed25519');

function pairFor(alg: AsymmetricAlg): KeyPair {
  if (alg === 'EdDSA') return edPair;
  if (alg.startsWith('ES')) return ecPairs[alg as keyof typeof ecPairs];
  return rsaPair;
}

function hashOf(alg: string): string | null {
  return alg === 'EdDSA' ? null : `sha${alg.slice(2)}`;
}

function nodeOptions(alg: AsymmetricAlg, key: KeyObject) {
  if (alg.startsWith('PS')) return { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 };
  if (alg.startsWith('ES')) return { key, dsaEncoding: 'ieee-p1363' as const };
  return key;
}

function segment(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function unsignedToken(alg: string, extraHeader: object = {}): string {
  return `${segment({ alg, typ: 'JWT', ...extraHeader })}.${segment({ sub: 'user-123', name: '테스트 사용자', iat: 1700000000 })}`;
}

function nodeSignToken(alg: AsymmetricAlg, pair: KeyPair, extraHeader: object = {}): string {
  const input = unsignedToken(alg, extraHeader);
  const signature = nodeSign(hashOf(alg), Buffer.from(input), nodeOptions(alg, pair.privateKey));
  return `${input}.${signature.toString('base64url')}`;
}

function nodeVerifyToken(alg: AsymmetricAlg, pair: KeyPair, token: string): boolean {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  return nodeVerify(hashOf(alg), Buffer.from(`${header}.${payload}`), nodeOptions(alg, pair.publicKey), Buffer.from(signature, 'base64url'));
}

function check(token: string, options: Partial<Omit<SignatureRequest, 'decoded'>>) {
  return checkSignature({ decoded: decodeToken(token), secret: '', secretEncoding: 'utf8', publicKey: '', privateKey: '', ...options });
}

function pem(key: KeyObject, type: string): string {
  return key.export({ type, format: 'pem' } as never) as unknown as string;
}

function jwkText(key: KeyObject): string {
  return JSON.stringify(key.export({ format: 'jwk' }));
}

/** Every text form a user may paste as the verification key, for one algorithm. */
function publicForms(alg: AsymmetricAlg, pair: KeyPair): [string, string][] {
  const spki = pem(pair.publicKey, 'spki');
  const forms: [string, string][] = [
    ['SPKI PEM', spki],
    ['JWK', jwkText(pair.publicKey)],
    ['JWKS without kid', JSON.stringify({ keys: [JSON.parse(jwkText(pair.publicKey))] })],
    ['PEM body without armor', spki.replace(/-----[A-Z ]+-----/g, '')],
    ['PEM with text around it', `public key:\n${spki}\nend of file`],
    ['private key PEM (PKCS #8)', pem(pair.privateKey, 'pkcs8')],
    ['private JWK', jwkText(pair.privateKey)],
  ];
  if (alg.startsWith('RS') || alg.startsWith('PS')) forms.push(['PKCS #1 RSA PUBLIC KEY', pem(pair.publicKey, 'pkcs1')]);
  return forms;
}

/** Every text form a user may paste as the signing key, for one algorithm. */
function privateForms(alg: AsymmetricAlg, pair: KeyPair): [string, string][] {
  const forms: [string, string][] = [
    ['PKCS #8 PEM', pem(pair.privateKey, 'pkcs8')],
    ['private JWK', jwkText(pair.privateKey)],
  ];
  if (alg.startsWith('RS') || alg.startsWith('PS')) forms.push(['PKCS #1 RSA PRIVATE KEY', pem(pair.privateKey, 'pkcs1')]);
  if (alg.startsWith('ES')) forms.push(['SEC 1 EC PRIVATE KEY', pem(pair.privateKey, 'sec1')]);
  return forms;
}

const ASYMMETRIC: AsymmetricAlg[] = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

describe('tokens signed by node:crypto', () => {
  const rows = ASYMMETRIC.flatMap((alg) => publicForms(alg, pairFor(alg)).map(([form, text]) => [alg, form, text] as const));
  it.each(rows)('%s verifies with %s', async (alg, _form, text) => {
    const token = nodeSignToken(alg, pairFor(alg));
    expect((await check(token, { publicKey: text })).status).toBe('valid');
  });

  it.each(['HS256', 'HS384', 'HS512'])('%s verifies with the secret in each encoding', async (alg) => {
    const secret = Buffer.from('a secret long enough for every HMAC hash, 64 bytes and more here!');
    const input = unsignedToken(alg);
    const token = `${input}.${createHmac(`sha${alg.slice(2)}`, secret).update(input).digest('base64url')}`;
    expect((await check(token, { secret: secret.toString('utf8') })).status).toBe('valid');
    expect((await check(token, { secret: secret.toString('base64'), secretEncoding: 'base64' })).status).toBe('valid');
    expect((await check(token, { secret: secret.toString('base64url'), secretEncoding: 'base64' })).status).toBe('valid');
    expect((await check(token, { secret: secret.toString('hex'), secretEncoding: 'hex' })).status).toBe('valid');
  });

  it('an RSA key under 2048 bits verifies with weak-rsa-key', async () => {
    const weak = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const token = nodeSignToken('RS256', weak);
    const result = await check(token, { publicKey: pem(weak.publicKey, 'spki') });
    expect(result.status).toBe('valid');
    expect(result.findings).toContainEqual({ code: 'weak-rsa-key', severity: 'warning', params: { bits: 1024, minBits: 2048 } });
  });
});

describe('tokens signed by the app', () => {
  const rows = ASYMMETRIC.flatMap((alg) => privateForms(alg, pairFor(alg)).map(([form, text]) => [alg, form, text] as const));
  it.each(rows)('%s from %s verifies with node:crypto', async (alg, _form, text) => {
    const signed = await signToken({ token: `${unsignedToken(alg)}.`, secret: '', secretEncoding: 'utf8', privateKey: text });
    if (!signed.ok) throw new Error(`signing failed: ${signed.error.code}`);
    expect(nodeVerifyToken(alg, pairFor(alg), signed.value)).toBe(true);
  });

  it.each(['HS256', 'HS384', 'HS512'])('%s matches node:crypto HMAC', async (alg) => {
    const input = unsignedToken(alg);
    const signed = await signToken({ token: `${input}.old`, secret: 'k3y', secretEncoding: 'utf8', privateKey: '' });
    expect(signed).toEqual({ ok: true, value: `${input}.${createHmac(`sha${alg.slice(2)}`, 'k3y').update(input).digest('base64url')}` });
  });

  it('a public key cannot sign', async () => {
    const signed = await signToken({ token: `${unsignedToken('ES256')}.`, secret: '', secretEncoding: 'utf8', privateKey: pem(ecPairs.ES256.publicKey, 'spki') });
    expect(signed).toEqual({ ok: false, error: { code: 'public-for-signing', params: { field: 'private' } } });
  });

  it('an RSA key cannot sign ES256', async () => {
    const signed = await signToken({ token: `${unsignedToken('ES256')}.`, secret: '', secretEncoding: 'utf8', privateKey: pem(rsaPair.privateKey, 'pkcs8') });
    expect(signed.ok ? undefined : signed.error.code).toBe('key-type');
  });
});

describe('why a signature is invalid', () => {
  it('finds a DER-encoded ECDSA signature', async () => {
    const input = unsignedToken('ES256');
    const der = nodeSign('sha256', Buffer.from(input), ecPairs.ES256.privateKey);
    const result = await check(`${input}.${der.toString('base64url')}`, { publicKey: pem(ecPairs.ES256.publicKey, 'spki') });
    expect(result.status).toBe('invalid');
    expect(result.diagnosis?.code).toBe('ecdsa-der');
    expect(result.attempts).toContainEqual({ code: 'ecdsa-der', verified: true });
  });

  it('finds an R without its leading zero byte', async () => {
    const input = unsignedToken('ES256');
    let raw = Buffer.alloc(0);
    // About one signature in 256 has an R that starts with a zero byte.
    for (let tries = 0; tries < 5000 && raw[0] !== 0; tries++) raw = nodeSign('sha256', Buffer.from(input), { key: ecPairs.ES256.privateKey, dsaEncoding: 'ieee-p1363' });
    expect(raw[0]).toBe(0);
    const result = await check(`${input}.${raw.subarray(1).toString('base64url')}`, { publicKey: jwkText(ecPairs.ES256.publicKey) });
    expect(result.diagnosis?.code).toBe('signature-length');
    expect(result.attempts).toContainEqual({ code: 'ecdsa-padding', verified: true });
  });

  it('finds segments in the standard base64 alphabet with padding', async () => {
    const token = nodeSignToken('RS256', rsaPair, { note: '???>>>' });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const standard = (text: string) => Buffer.from(text, 'base64url').toString('base64');
    const result = await check(`${standard(header)}.${standard(payload)}.${signature}`, { publicKey: pem(rsaPair.publicKey, 'spki') });
    expect(result.status).toBe('invalid');
    expect(result.diagnosis?.code).toBe('base64-alphabet');
  });

  it('finds a trailing line break in the secret', async () => {
    const input = unsignedToken('HS256');
    const token = `${input}.${createHmac('sha256', 'correct horse battery staple, long').update(input).digest('base64url')}`;
    const result = await check(token, { secret: 'correct horse battery staple, long\n' });
    expect(result.diagnosis).toEqual({ code: 'secret-whitespace', params: { change: 'trimmed' } });
    expect(result.findings.map((finding) => finding.code)).toContain('secret-whitespace');
  });

  it('finds a secret meant as base64', async () => {
    const secret = Buffer.from('0123456789abcdef0123456789abcdef');
    const input = unsignedToken('HS256');
    const token = `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
    const result = await check(token, { secret: secret.toString('base64') });
    expect(result.diagnosis).toEqual({ code: 'secret-encoding', params: { encoding: 'base64', typed: 'utf8' } });
  });

  it('names a JWKS without the token kid and the key that would verify', async () => {
    const token = nodeSignToken('RS256', rsaPair, { kid: 'rotated-key' });
    const jwks = JSON.stringify({ keys: [{ ...JSON.parse(jwkText(rsaPair.publicKey)), kid: 'old-key' }] });
    const result = await check(token, { publicKey: jwks });
    expect(result.status).toBe('key-error');
    expect(result.diagnosis?.code).toBe('kid-not-found');
    expect(result.attempts).toContainEqual({ code: 'other-jwks-key', verified: true, params: { kid: 'old-key', index: 1 } });
  });

  it('names an RSA key given for an ES256 token', async () => {
    const token = nodeSignToken('ES256', ecPairs.ES256);
    const result = await check(token, { publicKey: pem(rsaPair.publicKey, 'spki') });
    expect(result.status).toBe('key-error');
    expect(result.reason).toEqual({ code: 'key-type', params: { keyType: 'RSA 2048', alg: 'ES256', expected: 'EC P-256' } });
  });

  it('names a P-384 key given for an ES256 token', async () => {
    const token = nodeSignToken('ES256', ecPairs.ES256);
    const result = await check(token, { publicKey: pem(ecPairs.ES384.publicKey, 'spki') });
    expect(result.diagnosis?.code).toBe('key-type');
  });

  it('reports content edited after signing, even without a key', async () => {
    const token = nodeSignToken('ES256', ecPairs.ES256);
    const withKey = await check(token, { publicKey: pem(ecPairs.ES256.publicKey, 'spki'), editedAfterSigning: true });
    const withoutKey = await check(token, { editedAfterSigning: true });
    expect(withKey.status).toBe('valid');
    expect(withoutKey.diagnosis?.code).toBe('content-edited');
    expect(withoutKey.status).toBe('invalid');
  });

  it('reports a broken PEM body as a key error', async () => {
    const broken = pem(rsaPair.publicKey, 'spki').replace(/\n[A-Za-z0-9+/]{10}/, '\n%%%%%%%%%%');
    const result = await check(nodeSignToken('RS256', rsaPair), { publicKey: broken });
    expect(result.status).toBe('key-error');
    expect(result.reason.code).toBe('key-pem-body');
  });

  it('marks an unknown crit extension unsupported though the MAC matches', async () => {
    const input = unsignedToken('HS256', { crit: ['exp'], exp: 1 });
    const token = `${input}.${createHmac('sha256', 'secret').update(input).digest('base64url')}`;
    const result = await check(token, { secret: 'secret' });
    expect(result.status).toBe('unsupported');
    expect(result.reason).toEqual({ code: 'crit-unsupported', params: { names: 'exp' } });
  });
});
