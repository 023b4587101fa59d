import type { BrowserCookie, HttpHeader } from './types';

/**
 * Name of the refresh token cookie. `__Secure-` makes browsers accept it only with `Secure`;
 * the stricter `__Host-` prefix would force `Path=/`, and this cookie is scoped to `/auth` so that
 * it is never sent to the API.
 */
export const REFRESH_COOKIE = '__Secure-rt';
export const REFRESH_COOKIE_PATH = '/auth';

/** Local storage keys the interview sheet's front end writes its tokens under. */
export const ACCESS_STORAGE_KEY = 'access_token';
export const REFRESH_STORAGE_KEY = 'refresh_token';

export const JSON_TYPE: HttpHeader = ['Content-Type', 'application/json'];
export const FORM_TYPE: HttpHeader = ['Content-Type', 'application/x-www-form-urlencoded'];
/** RFC 6749 §5.1: responses carrying tokens must not be cached. */
export const NO_STORE: HttpHeader = ['Cache-Control', 'no-store'];

/** Serializes a body as the pretty-printed JSON the request log shows. */
export function toJsonBody(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Parses a JSON body into an object; anything else becomes an empty object. */
export function parseJsonBody(body: string | undefined): Record<string, unknown> {
  if (body === undefined) return {};
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Formats a `Set-Cookie` value with the flags a refresh token cookie needs. */
export function formatSetCookie(cookie: Omit<BrowserCookie, 'expiresAt'> & { maxAgeSeconds: number }): string {
  const parts = [`${cookie.name}=${cookie.value}`, `Path=${cookie.path}`, `Max-Age=${cookie.maxAgeSeconds}`];
  if (cookie.httpOnly) parts.push('HttpOnly');
  if (cookie.secure) parts.push('Secure');
  parts.push(`SameSite=${cookie.sameSite}`);
  return parts.join('; ');
}

/**
 * Parses a `Set-Cookie` value the way the browser's cookie jar does, for the attributes this
 * simulation sends. `Max-Age` is counted from `now`; a value of 0 or less deletes the cookie.
 */
export function parseSetCookie(header: string, now: number): BrowserCookie {
  const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
  const separator = pair.indexOf('=');
  const cookie: BrowserCookie = {
    name: separator === -1 ? pair : pair.slice(0, separator),
    value: separator === -1 ? '' : pair.slice(separator + 1),
    path: '/',
    expiresAt: Number.POSITIVE_INFINITY,
    httpOnly: false,
    secure: false,
    sameSite: 'Lax',
  };
  for (const attribute of attributes) {
    const [rawName = '', rawValue = ''] = attribute.split('=');
    const name = rawName.toLowerCase();
    if (name === 'path') cookie.path = rawValue;
    else if (name === 'max-age') cookie.expiresAt = now + Number(rawValue) * 1000;
    else if (name === 'httponly') cookie.httpOnly = true;
    else if (name === 'secure') cookie.secure = true;
    else if (name === 'samesite' && (rawValue === 'Strict' || rawValue === 'Lax' || rawValue === 'None')) cookie.sameSite = rawValue;
  }
  return cookie;
}

/** Returns whether a cookie with this `Path` is sent with a request to `requestPath` (RFC 6265 §5.1.4). */
export function cookiePathMatches(cookiePath: string, requestPath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

/** Reads one cookie's value from a `Cookie` request header. */
export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (cookieHeader === undefined) return undefined;
  for (const pair of cookieHeader.split(';')) {
    const [cookieName, ...rest] = pair.trim().split('=');
    if (cookieName === name) return rest.join('=');
  }
  return undefined;
}

/** Reads one field of an `application/x-www-form-urlencoded` body. */
export function readFormField(body: string | undefined, name: string): string | undefined {
  if (body === undefined) return undefined;
  return new URLSearchParams(body).get(name) ?? undefined;
}

/** Builds a `WWW-Authenticate` challenge as RFC 6750 §3 defines it; no error code when no token was sent. */
export function bearerChallenge(error?: { code: string; description: string }): HttpHeader {
  const base = 'Bearer realm="api"';
  if (error === undefined) return ['WWW-Authenticate', base];
  return ['WWW-Authenticate', `${base}, error="${error.code}", error_description="${error.description}"`];
}
