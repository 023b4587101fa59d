import { createHmac, createPublicKey, type JsonWebKey as NodeJsonWebKey, sign as nodeSign, generateKeyPairSync, verify as nodeVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64url, toUtf8Bytes } from './walkthrough';
import { removeJsonWhitespace } from './walkthrough-json';
import {
  computeJwkThumbprint,
  generateWalkthroughKeyPair,
  importPublicJwk,
  isWalkthroughAlg,
  signAsymmetric,
  signHs256,
  SIGNATURE_LENGTH,
  verifyAsymmetric,
  verifyHs256,
  type AsymmetricAlg,
} from './walkthrough-sign';
import { JWTIO_ES256, JWTIO_HS256, JWTIO_RS256, RFC7515_A1 } from './walkthrough-vectors';

function splitToken(token: string) {
  const [header = '', payload = '', signature = ''] = token.split('.');
  return { signingInput: `${header}.${payload}`, signature: new Uint8Array(Buffer.from(signature, 'base64url')) };
}

describe('signHs256', () => {
  it('reproduces the RFC 7515 A.1 signature', async () => {
    const key = new Uint8Array(Buffer.from(RFC7515_A1.keyBase64url, 'base64url'));
    const signature = await signHs256(key, `${RFC7515_A1.encodedHeader}.${RFC7515_A1.encodedPayload}`);
    expect(encodeBase64url(signature)).toBe(RFC7515_A1.encodedSignature);
  });

  it('reproduces the jwt.io token from its editor text and UTF-8 secret', async () => {
    const header = encodeBase64url(toUtf8Bytes(removeJsonWhitespace(JWTIO_HS256.headerText)));
    const payload = encodeBase64url(toUtf8Bytes(removeJsonWhitespace(JWTIO_HS256.payloadText)));
    const signature = await signHs256(toUtf8Bytes(JWTIO_HS256.secret), `${header}.${payload}`);
    expect(`${header}.${payload}.${encodeBase64url(signature)}`).toBe(JWTIO_HS256.token);
  });

  it.each([
    ['an ASCII secret', 'walkthrough-secret-with-32-bytes!'],
    ['a Korean secret', '서명용-비밀-키-예시입니다'],
    ['a one-byte secret', 'x'],
  ])('matches node:crypto HMAC with %s', async (_case, secret) => {
    const signingInput = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiLquYDrr7zsp4AifQ';
    const expected = createHmac('sha256', secret).update(signingInput).digest('base64url');
    expect(encodeBase64url(await signHs256(toUtf8Bytes(secret), signingInput))).toBe(expected);
  });

  it('produces 32 bytes', async () => {
    expect(await signHs256(toUtf8Bytes('k'), 'a.b')).toHaveLength(SIGNATURE_LENGTH.HS256);
  });
});

describe('verifyHs256', () => {
  it('accepts the jwt.io token with its secret', async () => {
    const { signingInput, signature } = splitToken(JWTIO_HS256.token);
    expect(await verifyHs256(toUtf8Bytes(JWTIO_HS256.secret), signingInput, signature)).toBe(true);
  });

  it('rejects the token with a different secret', async () => {
    const { signingInput, signature } = splitToken(JWTIO_HS256.token);
    expect(await verifyHs256(toUtf8Bytes(`${JWTIO_HS256.secret}x`), signingInput, signature)).toBe(false);
  });

  it('rejects a payload changed after signing', async () => {
    const { signingInput, signature } = splitToken(JWTIO_HS256.token);
    const tampered = signingInput.replace('.eyJuYW1l', '.eyJuYW1m');
    expect(await verifyHs256(toUtf8Bytes(JWTIO_HS256.secret), tampered, signature)).toBe(false);
  });
});

describe('verifyAsymmetric', () => {
  it.each([
    ['RS256', JWTIO_RS256],
    ['ES256', JWTIO_ES256],
  ] as const)('accepts the jwt.io %s token with its public JWK', async (alg, vector) => {
    const publicKey = await importPublicJwk(alg, vector.publicJwk);
    const { signingInput, signature } = splitToken(vector.token);
    expect(await verifyAsymmetric(alg, publicKey, signingInput, signature)).toBe(true);
    expect(await verifyAsymmetric(alg, publicKey, `${signingInput}x`, signature)).toBe(false);
  });

  it.each([
    ['RS256', () => generateKeyPairSync('rsa', { modulusLength: 2048 }), {}],
    ['ES256', () => generateKeyPairSync('ec', { namedCurve: 'P-256' }), { dsaEncoding: 'ieee-p1363' as const }],
  ] as const)('accepts a %s signature made by node:crypto', async (alg, generate, options) => {
    const pair = generate();
    const signingInput = 'eyJhbGciOiJ4In0.eyJzdWIiOiIxIn0';
    const signature = nodeSign('sha256', Buffer.from(signingInput), { key: pair.privateKey, ...options });
    const publicKey = await importPublicJwk(alg, pair.publicKey.export({ format: 'jwk' }));
    expect(await verifyAsymmetric(alg, publicKey, signingInput, new Uint8Array(signature))).toBe(true);
  });
});

describe('signAsymmetric', () => {
  it.each(['RS256', 'ES256'] as const)('makes a %s signature node:crypto verifies with the public JWK', async (alg: AsymmetricAlg) => {
    const pair = await generateWalkthroughKeyPair(alg);
    const signingInput = 'eyJhbGciOiJ4In0.eyJzdWIiOiIxIn0';
    const signature = await signAsymmetric(alg, pair.privateKey, signingInput);
    const publicKey = createPublicKey({ key: { ...pair.publicJwk } as NodeJsonWebKey, format: 'jwk' });
    const dsaEncoding = alg === 'ES256' ? 'ieee-p1363' : 'der';

    expect(signature).toHaveLength(SIGNATURE_LENGTH[alg]);
    expect(nodeVerify('sha256', Buffer.from(signingInput), { key: publicKey, dsaEncoding }, signature)).toBe(true);
  });

  it('keeps the private key inside WebCrypto', async () => {
    const pair = await generateWalkthroughKeyPair('ES256');
    expect(pair.privateKey.extractable).toBe(false);
    expect(pair.publicJwk).not.toHaveProperty('d');
  });
});

describe('computeJwkThumbprint', () => {
  it('reproduces the RFC 7638 §3.1 example', async () => {
    const jwk = {
      kty: 'RSA',
      e: 'AQAB',
      n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
      alg: 'RS256',
      kid: '2011-04-29',
    };
    expect(await computeJwkThumbprint(jwk)).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
  });
});

describe('isWalkthroughAlg', () => {
  it.each([
    ['HS256', true],
    ['ES256', true],
    ['none', false],
    ['hs256', false],
    [256, false],
  ])('classifies %j as %j', (value, expected) => {
    expect(isWalkthroughAlg(value)).toBe(expected);
  });
});
