import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, SECOND } from '../scenario';
import { defaultConfig } from '../config';
import { createTestRun, decodePayload, TEST_START } from '../test-fixtures';
import { playUntil, startTimeline, type Timeline } from '../timeline';
import type { HttpExchange, SimulationConfig, SimulationState } from '../types';
import { lifecycleScenario } from './lifecycle';

type TestRun = Awaited<ReturnType<typeof createTestRun>>;

function header(exchange: HttpExchange | undefined, name: string, part: 'request' | 'response' = 'request'): string | undefined {
  const headers = part === 'request' ? exchange?.request.headers : exchange?.response?.headers;
  return headers?.find(([headerName]) => headerName.toLowerCase() === name.toLowerCase())?.[1];
}

function exchangesOfStep(state: SimulationState, step: number): HttpExchange[] {
  return state.exchanges.filter((exchange) => exchange.requestStep === step || exchange.responseStep === step);
}

function snapshot(timeline: Timeline, step: number): SimulationState {
  const state = timeline.snapshots[step];
  if (state === undefined) throw new Error(`step ${step} did not run`);
  return state;
}

function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

async function playLifecycle(run: TestRun, overrides: Partial<SimulationConfig> = {}): Promise<Timeline> {
  const config = { ...defaultConfig(TEST_START), ...overrides };
  return playUntil(startTimeline(lifecycleScenario, config), lifecycleScenario.steps.length, run);
}

describe('lifecycle scenario in local storage mode', () => {
  let run: TestRun;
  let timeline: Timeline;

  beforeAll(async () => {
    run = await createTestRun('ES256');
    timeline = await playLifecycle(run, { storage: 'local-storage', rotation: true });
  });

  it('plays eight steps', () => {
    expect(timeline.position).toBe(8);
    expect(timeline.snapshots.map((state) => state.step)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('step 1 sends the login without an answer yet', () => {
    const state = snapshot(timeline, 1);
    const [login] = state.exchanges;

    expect(state.now).toBe(TEST_START);
    expect(login?.request).toMatchObject({ method: 'POST', path: '/auth/login' });
    expect(JSON.parse(login?.request.body ?? '{}')).toMatchObject({ username: 'jiwoo' });
    expect(login?.response).toBeUndefined();
    expect(state.browser.screen).toBe('login');
  });

  it('step 2 issues AT1 and RT1 and stores only the hash', () => {
    const state = snapshot(timeline, 2);
    const login = state.exchanges[0];
    const body = JSON.parse(login?.response?.body ?? '{}');
    const accessToken = state.issued.find((token) => token.label === 'AT1');
    const refreshToken = state.issued.find((token) => token.label === 'RT1');

    expect(login?.response?.status).toBe(200);
    expect(header(login, 'Cache-Control', 'response')).toBe('no-store');
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 1800 });
    expect(body.access_token).toBe(accessToken?.value);
    expect(body.refresh_token).toBe(refreshToken?.value);
    expect(run.verifyWithNode(body.access_token)).toBe(true);

    const claims = decodePayload(body.access_token);
    expect(claims.iat).toBe((TEST_START + SECOND) / 1000);
    expect(claims.exp).toBe((TEST_START + SECOND + 30 * MINUTE) / 1000);
    expect(claims.sub).toBe('user-1024');
    expect(claims.jti).toBe(accessToken?.jti);

    expect(state.refreshTokens).toHaveLength(1);
    expect(state.refreshTokens[0]).toMatchObject({
      hash: sha256Hex(refreshToken?.value ?? ''),
      status: 'active',
      expiresAt: TEST_START + SECOND + 14 * DAY,
    });
    expect(JSON.stringify(state.refreshTokens)).not.toContain(refreshToken?.value);
    expect(state.browser.localStorage).toEqual({});
  });

  it('step 3 puts both tokens in local storage and sends the bearer token', () => {
    const state = snapshot(timeline, 3);
    const call = state.exchanges[1];

    expect(state.browser.localStorage).toEqual({ access_token: state.issued[0]?.value, refresh_token: state.issued[1]?.value });
    expect(state.browser.memory).toEqual({});
    expect(state.browser.screen).toBe('app');
    expect(call?.request).toMatchObject({ method: 'GET', path: '/api/me' });
    expect(header(call, 'Authorization')).toBe(`Bearer ${state.issued[0]?.value}`);
    expect(call?.response).toBeUndefined();
  });

  it('step 4 answers 200 after real verification', () => {
    const state = snapshot(timeline, 4);
    const call = state.exchanges[1];

    expect(call?.response?.status).toBe(200);
    expect(call?.outcome).toBe('token-valid');
    expect(JSON.parse(call?.response?.body ?? '{}')).toMatchObject({ id: 'user-1024' });
    expect(state.messages.filter((message) => message.step === 4).map((message) => message.kind)).toEqual(['action', 'response']);
  });

  it('step 5 gets 401 invalid_token once AT1 has expired', () => {
    const state = snapshot(timeline, 5);
    const [call] = exchangesOfStep(state, 5);
    const accessExpiry = TEST_START + SECOND + 30 * MINUTE;

    expect(state.now).toBe(accessExpiry + 5 * MINUTE);
    expect(call?.response?.status).toBe(401);
    expect(call?.outcome).toBe('token-expired');
    expect(header(call, 'WWW-Authenticate', 'response')).toMatch(/^Bearer realm="api", error="invalid_token"/);
  });

  it('step 6 refreshes, rotates RT1 and retries once with AT2', () => {
    const state = snapshot(timeline, 6);
    const [refresh, retry, ...rest] = exchangesOfStep(state, 6);
    const rt1 = state.issued.find((token) => token.label === 'RT1');
    const rt2 = state.issued.find((token) => token.label === 'RT2');
    const at2 = state.issued.find((token) => token.label === 'AT2');

    expect(rest).toEqual([]);
    expect(refresh?.request.path).toBe('/auth/refresh');
    expect(refresh?.request.body).toContain('grant_type=refresh_token');
    expect(refresh?.response?.status).toBe(200);
    expect(retry?.response?.status).toBe(200);
    expect(header(retry, 'Authorization')).toBe(`Bearer ${at2?.value}`);
    expect(state.browser.localStorage.refresh_token).toBe(rt2?.value);

    expect(state.refreshTokens.map((row) => row.status)).toEqual(['used', 'active']);
    expect(state.refreshTokens[0]?.hash).toBe(sha256Hex(rt1?.value ?? ''));
    expect(rt2?.expiresAt).toBe(rt1?.expiresAt);
    expect(rt2?.familyId).toBe(rt1?.familyId);
  });

  it('step 7 fails the refresh with invalid_grant and signs in again', () => {
    const state = snapshot(timeline, 7);
    const [call, refresh, login, ...rest] = exchangesOfStep(state, 7);
    const refreshExpiry = TEST_START + SECOND + 14 * DAY;

    expect(rest).toEqual([]);
    expect(state.now).toBe(refreshExpiry + HOUR);
    expect(call?.response?.status).toBe(401);
    expect(refresh?.response?.status).toBe(400);
    expect(JSON.parse(refresh?.response?.body ?? '{}')).toEqual({ error: 'invalid_grant', error_description: 'refresh token expired' });
    expect(refresh?.outcome).toBe('refresh-expired');
    expect(login?.response?.status).toBe(200);
    expect(state.messages.some((message) => message.step === 7 && message.kind === 'action' && message.action === 'clear-tokens')).toBe(true);

    const at3 = state.issued.find((token) => token.label === 'AT3');
    const rt3 = state.issued.find((token) => token.label === 'RT3');
    expect(state.browser.localStorage).toEqual({ access_token: at3?.value, refresh_token: rt3?.value });
    expect(rt3?.familyId).not.toBe(state.issued.find((token) => token.label === 'RT1')?.familyId);
  });

  it('step 8 logs out with 204 and removes both tokens', () => {
    const state = snapshot(timeline, 8);
    const [logout] = exchangesOfStep(state, 8);

    expect(logout?.request.path).toBe('/auth/logout');
    expect(logout?.response?.status).toBe(204);
    expect(state.browser.localStorage).toEqual({});
    expect(state.browser.screen).toBe('login');
    expect(state.refreshTokens.at(-1)?.status).toBe('revoked');
    expect(state.denylist).toEqual([]);
  });

  it('answers each request with the statuses of the sheet', () => {
    const statuses = snapshot(timeline, 8).exchanges.map((exchange) => `${exchange.request.path} ${exchange.response?.status}`);

    expect(statuses).toEqual([
      '/auth/login 200',
      '/api/me 200',
      '/api/me 401',
      '/auth/refresh 200',
      '/api/me 200',
      '/api/me 401',
      '/auth/refresh 400',
      '/auth/login 200',
      '/auth/logout 204',
    ]);
  });
});

describe('lifecycle scenario in HttpOnly cookie mode', () => {
  let timeline: Timeline;

  beforeAll(async () => {
    timeline = await playLifecycle(await createTestRun('ES256'), { storage: 'http-only-cookie' });
  });

  it('sends the refresh token as an HttpOnly cookie', () => {
    const state = snapshot(timeline, 2);
    const login = state.exchanges[0];
    const setCookie = header(login, 'Set-Cookie', 'response') ?? '';
    const rt1 = state.issued.find((token) => token.label === 'RT1');

    expect(JSON.parse(login?.response?.body ?? '{}').refresh_token).toBeUndefined();
    expect(setCookie).toBe(`__Secure-rt=${rt1?.value}; Path=/auth; Max-Age=1209600; HttpOnly; Secure; SameSite=Strict`);
  });

  it('keeps the access token in memory and nothing in local storage', () => {
    const state = snapshot(timeline, 3);

    expect(state.browser.memory.accessToken).toBe(state.issued[0]?.value);
    expect(state.browser.localStorage).toEqual({});
    expect(state.browser.cookies.map((cookie) => [cookie.name, cookie.httpOnly])).toEqual([['__Secure-rt', true]]);
  });

  it('never sends the refresh cookie to the API', () => {
    const apiCalls = snapshot(timeline, 8).exchanges.filter((exchange) => exchange.request.path === '/api/me');

    expect(apiCalls.length).toBeGreaterThan(0);
    for (const call of apiCalls) expect(header(call, 'Cookie')).toBeUndefined();
  });

  it('sends the cookie with the refresh and receives the rotated one', () => {
    const state = snapshot(timeline, 6);
    const [refresh] = exchangesOfStep(state, 6);
    const rt1 = state.issued.find((token) => token.label === 'RT1');
    const rt2 = state.issued.find((token) => token.label === 'RT2');

    expect(header(refresh, 'Cookie')).toBe(`__Secure-rt=${rt1?.value}`);
    expect(refresh?.request.body).toBe('grant_type=refresh_token');
    expect(state.browser.cookies[0]?.value).toBe(rt2?.value);
  });

  it('has no cookie left to send once the refresh token expired', () => {
    const state = snapshot(timeline, 7);
    const [, refresh] = exchangesOfStep(state, 7);

    expect(header(refresh, 'Cookie')).toBeUndefined();
    expect(refresh?.response?.status).toBe(400);
    expect(refresh?.outcome).toBe('refresh-missing');
  });

  it('clears the cookie on logout with Max-Age=0', () => {
    const state = snapshot(timeline, 8);
    const [logout] = exchangesOfStep(state, 8);

    expect(header(logout, 'Set-Cookie', 'response')).toMatch(/^__Secure-rt=; Path=\/auth; Max-Age=0;/);
    expect(state.browser.cookies).toEqual([]);
    expect(state.browser.memory).toEqual({});
  });
});

describe('lifecycle scenario settings', () => {
  it('returns only a new access token without rotation', async () => {
    const timeline = await playLifecycle(await createTestRun('ES256'), { rotation: false });
    const state = snapshot(timeline, 6);
    const [refresh] = exchangesOfStep(state, 6);

    expect(JSON.parse(refresh?.response?.body ?? '{}').refresh_token).toBeUndefined();
    expect(state.refreshTokens.map((row) => row.status)).toEqual(['active']);
    expect(state.issued.map((token) => token.label)).toEqual(['AT1', 'RT1', 'AT2']);
  });

  it('follows edited lifetimes', async () => {
    const timeline = await playLifecycle(await createTestRun('HS256'), { accessTokenLifetime: 10 * MINUTE, refreshTokenLifetime: 8 * HOUR });
    const at1 = snapshot(timeline, 2).issued[0];

    expect(at1?.expiresAt).toBe(TEST_START + SECOND + 10 * MINUTE);
    expect(snapshot(timeline, 5).now).toBe(TEST_START + SECOND + 15 * MINUTE);
    expect(snapshot(timeline, 7).now).toBe(TEST_START + SECOND + 9 * HOUR);
  });

  it.each([
    ['14-day refresh token', {}],
    ['8-hour refresh token', { accessTokenLifetime: 10 * MINUTE, refreshTokenLifetime: 8 * HOUR }],
    ['no rotation', { rotation: false }],
  ])('ends within its duration with a %s', async (_case, overrides) => {
    const config = { ...defaultConfig(TEST_START), ...overrides };
    const timeline = await playLifecycle(await createTestRun('ES256'), overrides);

    expect(snapshot(timeline, 8).now).toBeLessThanOrEqual(TEST_START + lifecycleScenario.duration(config));
  });
});
