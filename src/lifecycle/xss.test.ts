import { describe, expect, it } from 'vitest';
import { createBrowser } from './browser';
import type { BrowserState } from './types';
import { inspectXss } from './xss';

const cookie = { name: '__Secure-rt', value: 'rt-value', path: '/auth', expiresAt: 10_000, httpOnly: true, secure: true, sameSite: 'Strict' } as const;

function browserWith(changes: Partial<BrowserState>): BrowserState {
  return { ...createBrowser(), ...changes };
}

describe('inspectXss', () => {
  it('reads both tokens from local storage', () => {
    const report = inspectXss(browserWith({ localStorage: { access_token: 'at', refresh_token: 'rt' } }), 0);

    expect(report.exposed).toEqual([
      { source: 'local-storage', name: 'access_token', value: 'at', method: 'read' },
      { source: 'local-storage', name: 'refresh_token', value: 'rt', method: 'read' },
    ]);
    expect(report.hidden).toEqual([]);
  });

  it('cannot read an HttpOnly cookie but can intercept the in-memory token', () => {
    const report = inspectXss(browserWith({ memory: { accessToken: 'at' }, cookies: [cookie] }), 0);

    expect(report.exposed).toEqual([{ source: 'memory', name: 'accessToken', value: 'at', method: 'intercept' }]);
    expect(report.hidden).toEqual([{ source: 'cookie-jar', name: '__Secure-rt', reason: 'http-only' }]);
  });

  it('reads a cookie without HttpOnly through document.cookie', () => {
    const report = inspectXss(browserWith({ cookies: [{ ...cookie, httpOnly: false }] }), 0);

    expect(report.exposed).toEqual([{ source: 'document-cookie', name: '__Secure-rt', value: 'rt-value', method: 'read' }]);
  });

  it('ignores expired cookies', () => {
    expect(inspectXss(browserWith({ cookies: [cookie] }), 10_000)).toEqual({ exposed: [], hidden: [] });
  });
});
