import { DEMO_USER } from './auth-server';
import {
  ACCESS_STORAGE_KEY,
  cookiePathMatches,
  FORM_TYPE,
  JSON_TYPE,
  parseJsonBody,
  parseSetCookie,
  REFRESH_COOKIE,
  REFRESH_STORAGE_KEY,
  toJsonBody,
} from './http';
import { recordAction, sendRequest, type StepContext } from './step-context';
import type { ActorId, BrowserState, HttpExchange, HttpHeader } from './types';

/** A browser that has never signed in. */
export function createBrowser(): BrowserState {
  return { memory: {}, localStorage: {}, cookies: [], screen: 'login' };
}

/** Sends the login form as `POST /auth/login` with a JSON body; TLS protects the password in transit. */
export function sendLogin(context: StepContext, to: ActorId = 'auth'): HttpExchange {
  const body = toJsonBody({ username: DEMO_USER.username, password: DEMO_USER.password });
  return sendRequest(context, 'browser', to, { method: 'POST', path: '/auth/login', headers: [JSON_TYPE], body });
}

/**
 * Keeps the tokens of a login or refresh response. The sheet's front end writes both into local
 * storage; current practice keeps the access token in a JavaScript variable and lets the cookie
 * jar hold the refresh token, which script cannot read because the cookie is HttpOnly.
 */
export function storeTokens(context: StepContext, exchange: HttpExchange): void {
  const { state } = context;
  const response = exchange.response;
  if (response === undefined || response.status !== 200) {
    throw new Error(`Exchange ${exchange.id} has no successful response to take tokens from`);
  }

  applySetCookies(state.browser, response.headers, state.now);
  const body = parseJsonBody(response.body);
  const accessToken = typeof body.access_token === 'string' ? body.access_token : undefined;
  const refreshToken = typeof body.refresh_token === 'string' ? body.refresh_token : undefined;

  if (state.config.storage === 'local-storage') {
    if (accessToken !== undefined) state.browser.localStorage[ACCESS_STORAGE_KEY] = accessToken;
    if (refreshToken !== undefined) state.browser.localStorage[REFRESH_STORAGE_KEY] = refreshToken;
  } else if (accessToken !== undefined) {
    state.browser.memory.accessToken = accessToken;
  }
  state.browser.screen = 'app';
  recordAction(context, 'browser', 'browser', 'save-tokens');
}

/** Returns the access token the page would attach, from wherever the storage mode keeps it. */
export function currentAccessToken(browser: BrowserState): string | undefined {
  return browser.memory.accessToken ?? browser.localStorage[ACCESS_STORAGE_KEY];
}

/** Returns the refresh token the browser holds: the cookie in the jar or the local storage entry. */
export function currentRefreshToken(browser: BrowserState, now: number): string | undefined {
  const cookie = browser.cookies.find((candidate) => candidate.name === REFRESH_COOKIE && candidate.expiresAt > now);
  return cookie?.value ?? browser.localStorage[REFRESH_STORAGE_KEY];
}

/** Sends `GET /api/me` with `Authorization: Bearer`, the header RFC 6750 §2.1 recommends. */
export function sendApiRequest(context: StepContext, from: ActorId, token: string | undefined, to: ActorId = 'api'): HttpExchange {
  const headers: HttpHeader[] = token === undefined ? [] : [['Authorization', `Bearer ${token}`]];
  return sendRequest(context, from, to, { method: 'GET', path: '/api/me', headers });
}

/** Sends `POST /auth/refresh` (RFC 6749 §6) carrying the refresh token the way the storage mode allows. */
export function sendRefresh(context: StepContext): HttpExchange {
  const { state } = context;
  const path = '/auth/refresh';
  const headers: HttpHeader[] = [FORM_TYPE];
  const params = new URLSearchParams({ grant_type: 'refresh_token' });

  const cookieHeader = cookieHeaderFor(state.browser, path, state.now);
  if (cookieHeader !== undefined) headers.push(['Cookie', cookieHeader]);
  const stored = state.browser.localStorage[REFRESH_STORAGE_KEY];
  if (stored !== undefined) params.set('refresh_token', stored);

  return sendRequest(context, 'browser', 'auth', { method: 'POST', path, headers, body: params.toString() });
}

/** Sends a refresh request from the attacker's own machine with a copied refresh token. */
export function sendAttackerRefresh(context: StepContext, refreshToken: string): HttpExchange {
  const params = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken });
  return sendRequest(context, 'attacker', 'auth', { method: 'POST', path: '/auth/refresh', headers: [FORM_TYPE], body: params.toString() });
}

/** Sends `POST /auth/logout` with the refresh token and the access token the server may deny. */
export function sendLogout(context: StepContext): HttpExchange {
  const { state } = context;
  const path = '/auth/logout';
  const headers: HttpHeader[] = [FORM_TYPE];
  const accessToken = currentAccessToken(state.browser);
  if (accessToken !== undefined) headers.push(['Authorization', `Bearer ${accessToken}`]);
  const cookieHeader = cookieHeaderFor(state.browser, path, state.now);
  if (cookieHeader !== undefined) headers.push(['Cookie', cookieHeader]);

  const params = new URLSearchParams();
  const stored = state.browser.localStorage[REFRESH_STORAGE_KEY];
  if (stored !== undefined) params.set('refresh_token', stored);
  return sendRequest(context, 'browser', 'auth', { method: 'POST', path, headers, body: params.toString() });
}

/** Applies the response's cookies, then forgets every token the page itself holds. */
export function clearTokens(context: StepContext, exchange?: HttpExchange): void {
  const { browser, now } = context.state;
  if (exchange?.response !== undefined) applySetCookies(browser, exchange.response.headers, now);
  browser.memory = {};
  delete browser.localStorage[ACCESS_STORAGE_KEY];
  delete browser.localStorage[REFRESH_STORAGE_KEY];
  browser.screen = 'login';
  recordAction(context, 'browser', 'browser', 'clear-tokens');
}

/** Stores, replaces or deletes cookies from `Set-Cookie` headers, as the browser's cookie jar does. */
export function applySetCookies(browser: BrowserState, headers: readonly HttpHeader[], now: number): void {
  for (const [name, value] of headers) {
    if (name.toLowerCase() !== 'set-cookie') continue;
    const cookie = parseSetCookie(value, now);
    browser.cookies = browser.cookies.filter((existing) => !(existing.name === cookie.name && existing.path === cookie.path));
    if (cookie.expiresAt > now) browser.cookies.push(cookie);
  }
}

function cookieHeaderFor(browser: BrowserState, path: string, now: number): string | undefined {
  const matching = browser.cookies.filter((cookie) => cookie.expiresAt > now && cookiePathMatches(cookie.path, path));
  return matching.length === 0 ? undefined : matching.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}
