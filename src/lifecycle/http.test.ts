import { describe, expect, it } from 'vitest';
import { bearerChallenge, cookiePathMatches, formatSetCookie, parseSetCookie, readCookie, readFormField } from './http';

describe('formatSetCookie', () => {
  it('writes the flags of a refresh token cookie', () => {
    const header = formatSetCookie({ name: '__Secure-rt', value: 'abc', path: '/auth', maxAgeSeconds: 60, httpOnly: true, secure: true, sameSite: 'Strict' });

    expect(header).toBe('__Secure-rt=abc; Path=/auth; Max-Age=60; HttpOnly; Secure; SameSite=Strict');
  });
});

describe('parseSetCookie', () => {
  it('reads back what formatSetCookie wrote', () => {
    const cookie = parseSetCookie('__Secure-rt=abc; Path=/auth; Max-Age=60; HttpOnly; Secure; SameSite=Strict', 1_000);

    expect(cookie).toEqual({ name: '__Secure-rt', value: 'abc', path: '/auth', expiresAt: 61_000, httpOnly: true, secure: true, sameSite: 'Strict' });
  });

  it('uses browser defaults for missing attributes', () => {
    expect(parseSetCookie('theme=dark', 0)).toMatchObject({ path: '/', httpOnly: false, secure: false, sameSite: 'Lax', expiresAt: Infinity });
  });

  it('turns Max-Age=0 into an expiry at the current time', () => {
    expect(parseSetCookie('rt=; Max-Age=0', 5_000).expiresAt).toBe(5_000);
  });
});

describe('cookiePathMatches', () => {
  it.each([
    ['/auth', '/auth/refresh', true],
    ['/auth', '/auth', true],
    ['/auth', '/authx', false],
    ['/auth', '/api/me', false],
    ['/', '/api/me', true],
    ['/auth/', '/auth/logout', true],
  ])('path %s against %s is %s', (cookiePath, requestPath, expected) => {
    expect(cookiePathMatches(cookiePath, requestPath)).toBe(expected);
  });
});

describe('readCookie', () => {
  it('finds one cookie among several', () => {
    expect(readCookie('a=1; __Secure-rt=x=y; b=2', '__Secure-rt')).toBe('x=y');
    expect(readCookie('a=1', 'b')).toBeUndefined();
    expect(readCookie(undefined, 'a')).toBeUndefined();
  });
});

describe('readFormField', () => {
  it('decodes a form body', () => {
    expect(readFormField('grant_type=refresh_token&refresh_token=a%2Bb', 'refresh_token')).toBe('a+b');
    expect(readFormField('grant_type=refresh_token', 'refresh_token')).toBeUndefined();
  });
});

describe('bearerChallenge', () => {
  it('omits the error when no token was sent', () => {
    expect(bearerChallenge()).toEqual(['WWW-Authenticate', 'Bearer realm="api"']);
  });

  it('names invalid_token for a rejected token', () => {
    expect(bearerChallenge({ code: 'invalid_token', description: 'the access token expired' })).toEqual([
      'WWW-Authenticate',
      'Bearer realm="api", error="invalid_token", error_description="the access token expired"',
    ]);
  });
});
