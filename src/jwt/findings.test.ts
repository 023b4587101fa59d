import { describe, expect, it } from 'vitest';
import { decodeToken } from './decode';
import { findTokenIssues } from './findings';
import type { Finding } from './types';

const NOW = 1767225600;

function tokenWith(header: object | string, payload: object | string): string {
  const encode = (part: object | string) => Buffer.from(typeof part === 'string' ? part : JSON.stringify(part)).toString('base64url');
  return `${encode(header)}.${encode(payload)}.c2ln`;
}

function codes(token: string, now = NOW): string[] {
  return findTokenIssues(decodeToken(token), now).map((finding) => finding.code);
}

function finding(token: string, code: string): Finding | undefined {
  return findTokenIssues(decodeToken(token), NOW).find((item) => item.code === code);
}

describe('findTokenIssues', () => {
  const hs = { alg: 'HS256', typ: 'JWT' };

  it('reports nothing for a short-lived, well-formed token', () => {
    expect(codes(tokenWith(hs, { sub: 'user-123', iat: NOW - 60, exp: NOW + 600 }))).toEqual([]);
  });

  it.each([
    ['alg none', tokenWith({ alg: 'none' }, { exp: NOW + 60 }), 'alg-none'],
    ['alg NONE in capitals', tokenWith({ alg: 'NONE' }, { exp: NOW + 60 }), 'alg-none'],
    ['an expired token', tokenWith(hs, { exp: NOW - 1 }), 'expired'],
    ['exp equal to now', tokenWith(hs, { exp: NOW }), 'expired'],
    ['nbf in the future', tokenWith(hs, { nbf: NOW + 60, exp: NOW + 600 }), 'not-yet-valid'],
    ['iat in the future', tokenWith(hs, { iat: NOW + 60, exp: NOW + 600 }), 'issued-in-future'],
    ['no exp', tokenWith(hs, { sub: 'user-123' }), 'exp-missing'],
    ['exp in milliseconds', tokenWith(hs, { exp: NOW * 1000 }), 'time-in-milliseconds'],
    ['exp as a string', tokenWith(hs, { exp: String(NOW) }), 'time-not-numeric'],
    ['a lifetime over a day', tokenWith(hs, { iat: NOW, exp: NOW + 86401 }), 'long-lifetime'],
    ['a duplicate header member', tokenWith('{"alg":"none","alg":"HS256"}', { exp: NOW + 60 }), 'duplicate-member'],
    ['a number past 2^53', tokenWith(hs, '{"uid":9007199254740993,"exp":1767225660}'), 'unsafe-number'],
    ['a password claim', tokenWith(hs, { password: 'hunter2', exp: NOW + 60 }), 'sensitive-data'],
    ['a card number value', tokenWith(hs, { note: '4111 1111 1111 1111', exp: NOW + 60 }), 'sensitive-data'],
    ['a Korean resident number', tokenWith(hs, { rrn: '900101-1234567', exp: NOW + 60 }), 'sensitive-data'],
    ['a jku header', tokenWith({ ...hs, jku: 'https://keys.example.com/jwks.json' }, { exp: NOW + 60 }), 'key-in-header'],
    ['an embedded jwk', tokenWith({ ...hs, jwk: { kty: 'oct' } }, { exp: NOW + 60 }), 'key-in-header'],
    ['a crit header', tokenWith({ ...hs, crit: ['exp'] }, { exp: NOW + 60 }), 'crit-header'],
    ['cty JWT', tokenWith({ ...hs, cty: 'JWT' }, { exp: NOW + 60 }), 'nested-jwt'],
    ['b64 false', `${Buffer.from('{"alg":"HS256","b64":false,"crit":["b64"]}').toString('base64url')}.raw.c2ln`, 'unencoded-payload'],
    ['a Bearer prefix', `Bearer ${tokenWith(hs, { exp: NOW + 60 })}`, 'input-normalized'],
  ])('flags %s', (_label, token, code) => {
    expect(codes(token)).toContain(code);
  });

  it('grades token size against cookie and header limits', () => {
    const sized = (length: number) => tokenWith(hs, { exp: NOW + 60, pad: 'x'.repeat(length) });
    expect(finding(sized(100), 'large-token')).toBeUndefined();
    expect(finding(sized(3500), 'large-token')).toMatchObject({ severity: 'info', params: { cookieLimit: 4096, headerLimit: 8192 } });
    expect(finding(sized(7000), 'large-token')?.severity).toBe('warning');
  });

  it('does not flag a numeric id that happens to pass the Luhn check', () => {
    expect(codes(tokenWith(hs, '{"uid":4111111111111111,"exp":1767225660}'))).not.toContain('sensitive-data');
  });

  it('marks a duplicate in the header as more severe than one in the payload', () => {
    expect(finding(tokenWith('{"alg":"HS256","alg":"HS256"}', { exp: NOW + 60 }), 'duplicate-member')?.severity).toBe('danger');
    expect(finding(tokenWith(hs, '{"exp":1767225660,"exp":1767225660}'), 'duplicate-member')?.severity).toBe('warning');
  });

  it('names the unknown crit extensions', () => {
    expect(finding(tokenWith({ ...hs, crit: ['b64', 'urn:example:x'] }, { exp: NOW + 60 }), 'crit-header')?.params).toEqual({ names: 'b64, urn:example:x', unknown: 'urn:example:x' });
  });
});
