import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';
import { decodeToken } from './decode';
import type { SecretEncoding } from './secret';
import { signToken } from './sign';
import { checkSignature, type SignatureRequest } from './verify';
import cases from './vectors/signature-cases.json';
import jwtio from './vectors/jwtio-e2e.json';
import { RFC_8037_PRIVATE_JWK, RFC_VECTORS } from './vectors/rfc-vectors';

function check(token: string, options: Partial<Omit<SignatureRequest, 'decoded'>> = {}) {
  return checkSignature({ decoded: decodeToken(token), secret: '', secretEncoding: 'utf8', publicKey: '', privateKey: '', ...options });
}

/** Flips the lowest bit of one signature byte, keeping the segment strict base64url. */
function flipSignatureByte(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const bytes = decodeBase64url(signature);
  if (!bytes.ok) throw new Error(`signature of ${token} is not base64url`);
  const changed = new Uint8Array(bytes.value.bytes);
  changed[10] = (changed[10] as number) ^ 1;
  return `${header}.${payload}.${encodeBase64url(changed)}`;
}

/** Replaces one payload character with another base64url character, changing one decoded byte. */
function changePayloadCharacter(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const index = 4;
  const replacement = payload[index] === 'A' ? 'B' : 'A';
  return `${header}.${payload.slice(0, index)}${replacement}${payload.slice(index + 1)}.${signature}`;
}

describe('RFC examples', () => {
  it.each(RFC_VECTORS.map((vector) => [vector.name, vector] as const))('%s verifies', async (_name, vector) => {
    const result = await check(vector.token, {
      secret: vector.secret ?? '',
      secretEncoding: vector.secretEncoding ?? 'utf8',
      publicKey: vector.publicKey ?? '',
    });
    expect(result.status).toBe(vector.status);
  });

  const signed = RFC_VECTORS.filter((vector) => vector.status === 'valid');
  it.each(signed.map((vector) => [vector.name, vector] as const))('%s fails with one changed signature byte', async (_name, vector) => {
    const result = await check(flipSignatureByte(vector.token), { secret: vector.secret ?? '', secretEncoding: vector.secretEncoding ?? 'utf8', publicKey: vector.publicKey ?? '' });
    expect(result.status).toBe('invalid');
  });

  it.each(signed.map((vector) => [vector.name, vector] as const))('%s fails with one changed payload byte', async (_name, vector) => {
    const result = await check(changePayloadCharacter(vector.token), { secret: vector.secret ?? '', secretEncoding: vector.secretEncoding ?? 'utf8', publicKey: vector.publicKey ?? '' });
    expect(result.status).toBe('invalid');
  });

  it('RFC 7515 A.5 stays unsecured whatever secret is typed', async () => {
    const vector = RFC_VECTORS.find((entry) => entry.status === 'unsecured');
    const result = await check(vector?.token ?? '', { secret: 'anything' });
    expect(result.status).toBe('unsecured');
  });

  it('signing reproduces the RFC 8037 Ed25519 signature', async () => {
    const vector = RFC_VECTORS.find((entry) => entry.name.includes('8037'));
    const [header, payload] = (vector?.token ?? '').split('.');
    const result = await signToken({ token: `${header}.${payload}.`, secret: '', secretEncoding: 'utf8', privateKey: JSON.stringify(RFC_8037_PRIVATE_JWK) });
    expect(result).toEqual({ ok: true, value: vector?.token });
  });

  it('signing reproduces the RFC 7515 A.1 HMAC', async () => {
    const vector = RFC_VECTORS[0];
    const [header, payload] = (vector?.token ?? '').split('.');
    const result = await signToken({ token: `${header}.${payload}.`, secret: vector?.secret ?? '', secretEncoding: 'base64', privateKey: '' });
    expect(result).toEqual({ ok: true, value: vector?.token });
  });
});

interface SignatureCase {
  id: string;
  input: { token: string; secret?: string; secretEncoding?: SecretEncoding; publicKey?: string };
  status: string | null;
  diagnosis?: string;
  warnings: string[];
}

// Warning codes that need a secret or key; the others come from decoding and are tested there.
const KEY_WARNINGS = new Set(['weak-secret', 'known-secret', 'weak-rsa-key', 'alg-confusion', 'secret-whitespace', 'key-normalized']);

describe('real-world cases', () => {
  it.each((cases as SignatureCase[]).map((entry) => [entry.id, entry] as const))('%s', async (_id, entry) => {
    const result = await check(entry.input.token, {
      secret: entry.input.secret ?? '',
      secretEncoding: entry.input.secretEncoding ?? 'utf8',
      publicKey: entry.input.publicKey ?? '',
    });

    if (entry.status === null) expect(['unchecked', 'unsupported']).toContain(result.status);
    else expect(result.status).toBe(entry.status);
    if (entry.diagnosis !== undefined) expect(result.diagnosis?.code).toBe(entry.diagnosis);
    if (entry.status === 'valid') expect(result.diagnosis).toBeUndefined();
    const codes = result.findings.map((finding) => finding.code);
    for (const warning of entry.warnings.filter((code) => KEY_WARNINGS.has(code))) expect(codes).toContain(warning);
  });

  it('x5c token verifies only when the header key is chosen, with key-in-header', async () => {
    const entry = (cases as SignatureCase[]).find((candidate) => candidate.id === 'x5c-header-no-key') as SignatureCase;
    const result = await check(entry.input.token, { useHeaderKey: true });
    expect(result.status).toBe('valid');
    expect(result.findings.map((finding) => finding.code)).toContain('key-in-header');
  });

  it('JWKS names the key that verified', async () => {
    const entry = (cases as SignatureCase[]).find((candidate) => candidate.id === 'rs256-jwks-kid-match') as SignatureCase;
    const result = await check(entry.input.token, { publicKey: entry.input.publicKey ?? '' });
    expect(result.notes).toContainEqual({ code: 'jwks-key-used', params: { kid: 'key-2026-02', index: 2 } });
  });
});

interface JwtioEntry {
  jwt: string;
  secret?: string;
  secretEncoding?: string;
  publicKey?: string | Record<string, unknown>;
  privateKey?: string | Record<string, unknown>;
}

const jwtioEntries = Object.entries((jwtio as { byAlgorithm: Record<string, Record<string, unknown>> }).byAlgorithm).flatMap(([alg, group]) => {
  if (typeof group.jwt === 'string') return [[`${alg}`, alg, group as unknown as JwtioEntry] as const];
  return Object.entries(group)
    .filter(([, value]) => typeof value === 'object' && value !== null)
    .map(([variant, value]) => [`${alg} ${variant}`, alg, value as JwtioEntry] as const);
});

function keyText(key: JwtioEntry['publicKey']): string {
  return typeof key === 'string' ? key : JSON.stringify(key ?? '');
}

describe('jwt.io end-to-end vectors', () => {
  it.each(jwtioEntries)('%s verifies', async (_name, alg, entry) => {
    const result = await check(entry.jwt, {
      secret: entry.secret ?? '',
      secretEncoding: entry.secretEncoding === 'base64url' ? 'base64' : 'utf8',
      publicKey: entry.publicKey === undefined ? '' : keyText(entry.publicKey),
    });
    const expected = alg === 'none' ? 'unsecured' : alg.startsWith('ML-DSA') ? 'unsupported' : 'valid';
    expect(result.status).toBe(expected);
  });

  it.each(jwtioEntries.filter(([, alg, entry]) => entry.privateKey !== undefined && !alg.startsWith('ML-DSA')))(
    '%s re-signs with its private key',
    async (_name, _alg, entry) => {
      const [header, payload] = entry.jwt.split('.');
      const signed = await signToken({ token: `${header}.${payload}.`, secret: '', secretEncoding: 'utf8', privateKey: keyText(entry.privateKey) });
      expect(signed.ok).toBe(true);
      const result = await check(signed.ok ? signed.value : '', { publicKey: keyText(entry.publicKey) });
      expect(result.status).toBe('valid');
    },
  );
});
