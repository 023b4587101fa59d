import {
  formatSetCookie,
  JSON_TYPE,
  NO_STORE,
  parseJsonBody,
  readCookie,
  readFormField,
  REFRESH_COOKIE,
  REFRESH_COOKIE_PATH,
  toJsonBody,
} from './http';
import { readHeader, recordAction, sendResponse, toNumericDate, type StepContext } from './step-context';
import { createRandomId, createRefreshToken, hashRefreshToken, signAccessToken } from './token-crypto';
import type { ActorId, HttpExchange, HttpHeader, HttpResponse, OutcomeCode, RefreshTokenRecord } from './types';

/** The one account of the simulation. The password is a made-up demo value, never user input. */
export const DEMO_USER = { id: 'user-1024', username: 'jiwoo', password: 'demo-password-42' } as const;

export interface IssueOptions {
  /** The short "how a JWT works" flow issues only an access token. */
  refreshToken: boolean;
  /** Lane that signs: `auth` in the lifecycle, `server` in the short flow. */
  actor: ActorId;
}

/** Checks the credentials of a pending `POST /auth/login`, then issues tokens and responds. */
export async function answerLogin(context: StepContext, exchange: HttpExchange, options: IssueOptions): Promise<void> {
  const credentials = parseJsonBody(exchange.request.body);
  const valid = credentials.username === DEMO_USER.username && credentials.password === DEMO_USER.password;
  recordAction(context, options.actor, 'store', 'check-credentials', valid);
  if (!valid) {
    // The scenarios always send the demo credentials, so reaching this means a scenario bug.
    throw new Error(`Login for "${String(credentials.username)}" was rejected: scenarios must send the demo account`);
  }

  const accessToken = await issueAccessToken(context, options.actor);
  const body: Record<string, unknown> = {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: Math.round(context.state.config.accessTokenLifetime / 1000),
  };
  const headers: HttpHeader[] = [JSON_TYPE, NO_STORE];

  if (options.refreshToken) {
    const familyId = nextFamilyId(context);
    const expiresAt = context.state.now + context.state.config.refreshTokenLifetime;
    const refreshToken = await issueRefreshToken(context, familyId, expiresAt);
    attachRefreshToken(context, body, headers, refreshToken, expiresAt);
  }

  sendResponse(context, exchange, { status: 200, headers, body: toJsonBody(body) }, 'login-ok');
}

/**
 * Responds to `POST /auth/refresh` (RFC 6749 §6). With rotation the presented token is marked used
 * and replaced by one that keeps its absolute expiry; presenting a used token again revokes the
 * whole family, because the server cannot tell whether the victim or a thief sent it
 * (RFC 9700 §4.14.2).
 */
export async function answerRefresh(context: StepContext, exchange: HttpExchange): Promise<void> {
  const { state } = context;
  const presented = readPresentedRefreshToken(exchange);
  if (presented === undefined) {
    sendResponse(context, exchange, grantError(context, 'invalid_request', 'refresh token missing'), 'refresh-missing');
    return;
  }

  const hash = await hashRefreshToken(presented);
  const record = state.refreshTokens.find((row) => row.hash === hash);
  recordAction(context, 'auth', 'store', 'lookup-refresh-hash', record !== undefined && record.status === 'active');

  const failure = checkRefreshRecord(context, record);
  if (failure !== undefined) {
    sendResponse(context, exchange, grantError(context, 'invalid_grant', failure.description), failure.outcome);
    return;
  }
  const current = record as RefreshTokenRecord;

  const accessToken = await issueAccessToken(context, 'auth');
  const body: Record<string, unknown> = {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: Math.round(state.config.accessTokenLifetime / 1000),
  };
  const headers: HttpHeader[] = [JSON_TYPE, NO_STORE];

  if (state.config.rotation) {
    current.status = 'used';
    current.usedAt = state.now;
    recordAction(context, 'auth', 'store', 'rotate-refresh-token');
    const replacement = await issueRefreshToken(context, current.familyId, current.expiresAt);
    attachRefreshToken(context, body, headers, replacement, current.expiresAt);
  }

  sendResponse(context, exchange, { status: 200, headers, body: toJsonBody(body) }, 'refresh-ok');
}

/**
 * Responds to `POST /auth/logout`: revokes the refresh token's family and, with a denylist, the
 * access token's `jti` until its `exp`. Without a denylist a copied access token keeps working.
 */
export async function answerLogout(context: StepContext, exchange: HttpExchange, accessTokenJti?: string): Promise<void> {
  const { state } = context;
  const presented = readPresentedRefreshToken(exchange);
  if (presented !== undefined) {
    const hash = await hashRefreshToken(presented);
    const record = state.refreshTokens.find((row) => row.hash === hash);
    if (record !== undefined) revokeFamily(context, record.familyId);
  }

  if (state.config.denylist && accessTokenJti !== undefined) {
    const token = state.issued.find((issued) => issued.jti === accessTokenJti);
    state.denylist.push({ jti: accessTokenJti, expiresAt: token?.expiresAt ?? state.now });
    recordAction(context, 'auth', 'store', 'deny-access-token');
  }

  const headers: HttpHeader[] = [NO_STORE];
  if (state.config.storage === 'http-only-cookie') headers.push(['Set-Cookie', clearedRefreshCookie()]);
  sendResponse(context, exchange, { status: 204, headers }, 'logout-ok');
}

function checkRefreshRecord(
  context: StepContext,
  record: RefreshTokenRecord | undefined,
): { outcome: OutcomeCode; description: string } | undefined {
  const { state } = context;
  if (record === undefined) return { outcome: 'refresh-unknown', description: 'refresh token not recognized' };
  if (record.status === 'revoked') return { outcome: 'refresh-revoked', description: 'refresh token revoked' };
  if (record.status === 'used') {
    revokeFamily(context, record.familyId);
    return { outcome: 'refresh-reused', description: 'refresh token reuse detected' };
  }
  if (state.now >= record.expiresAt) return { outcome: 'refresh-expired', description: 'refresh token expired' };
  return undefined;
}

function revokeFamily(context: StepContext, familyId: string): void {
  const { state } = context;
  for (const row of state.refreshTokens) {
    if (row.familyId === familyId && row.status !== 'revoked') {
      row.status = 'revoked';
      row.revokedAt = state.now;
    }
  }
  recordAction(context, 'auth', 'store', 'revoke-family');
}

/** Builds the RFC 6749 §5.2 error response; in cookie mode it also clears the refresh cookie with `Max-Age=0`. */
function grantError(context: StepContext, code: 'invalid_grant' | 'invalid_request', description: string): HttpResponse {
  const headers: HttpHeader[] = [JSON_TYPE, NO_STORE];
  if (context.state.config.storage === 'http-only-cookie') headers.push(['Set-Cookie', clearedRefreshCookie()]);
  return { status: 400, headers, body: toJsonBody({ error: code, error_description: description }) };
}

async function issueAccessToken(context: StepContext, actor: ActorId): Promise<string> {
  const { state } = context;
  const jti = createRandomId(context.random);
  const iat = toNumericDate(state.now);
  const exp = iat + Math.round(state.config.accessTokenLifetime / 1000);
  const value = await signAccessToken(context.keys, { sub: DEMO_USER.id, jti, iat, exp });
  state.counters.access += 1;
  state.issued.push({ label: `AT${state.counters.access}`, kind: 'access', value, issuedAt: iat * 1000, expiresAt: exp * 1000, jti });
  recordAction(context, actor, actor, 'sign-access-token');
  return value;
}

async function issueRefreshToken(context: StepContext, familyId: string, expiresAt: number): Promise<string> {
  const { state } = context;
  const value = createRefreshToken(context.random);
  const hash = await hashRefreshToken(value);
  recordAction(context, 'auth', 'auth', 'create-refresh-token');
  state.refreshTokens.push({ hash, familyId, sub: DEMO_USER.id, issuedAt: state.now, expiresAt, status: 'active' });
  state.counters.refresh += 1;
  state.issued.push({ label: `RT${state.counters.refresh}`, kind: 'refresh', value, issuedAt: state.now, expiresAt, hash, familyId });
  recordAction(context, 'auth', 'store', 'store-refresh-hash');
  return value;
}

/** Sends the refresh token where the storage mode wants it: an HttpOnly cookie, or the JSON body. */
function attachRefreshToken(context: StepContext, body: Record<string, unknown>, headers: HttpHeader[], value: string, expiresAt: number): void {
  const { state } = context;
  if (state.config.storage === 'local-storage') {
    body.refresh_token = value;
    return;
  }
  const maxAgeSeconds = Math.max(0, Math.round((expiresAt - state.now) / 1000));
  headers.push([
    'Set-Cookie',
    formatSetCookie({ name: REFRESH_COOKIE, value, path: REFRESH_COOKIE_PATH, maxAgeSeconds, httpOnly: true, secure: true, sameSite: 'Strict' }),
  ]);
}

function clearedRefreshCookie(): string {
  return formatSetCookie({ name: REFRESH_COOKIE, value: '', path: REFRESH_COOKIE_PATH, maxAgeSeconds: 0, httpOnly: true, secure: true, sameSite: 'Strict' });
}

function readPresentedRefreshToken(exchange: HttpExchange): string | undefined {
  const fromCookie = readCookie(readHeader(exchange.request.headers, 'Cookie'), REFRESH_COOKIE);
  return fromCookie ?? readFormField(exchange.request.body, 'refresh_token');
}

function nextFamilyId(context: StepContext): string {
  context.state.counters.family += 1;
  return `family-${context.state.counters.family}`;
}
