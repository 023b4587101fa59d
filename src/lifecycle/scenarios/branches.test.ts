import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config';
import { MINUTE } from '../scenario';
import { createTestRun, TEST_START } from '../test-fixtures';
import { playUntil, startTimeline, type Timeline } from '../timeline';
import type { SimulationConfig, SimulationState } from '../types';
import { logoutScenario, rotationScenario } from './branches';

function snapshot(timeline: Timeline, step: number): SimulationState {
  const state = timeline.snapshots[step];
  if (state === undefined) throw new Error(`step ${step} did not run`);
  return state;
}

function statusesOfStep(state: SimulationState, step: number): string[] {
  return state.exchanges
    .filter((exchange) => exchange.requestStep === step)
    .map((exchange) => `${exchange.from} ${exchange.request.path} ${exchange.response?.status}`);
}

async function play(scenario: typeof rotationScenario, overrides: Partial<SimulationConfig> = {}): Promise<Timeline> {
  const run = await createTestRun('ES256');
  const config = { ...defaultConfig(TEST_START), ...overrides };
  return playUntil(startTimeline(scenario, config), scenario.steps.length, run);
}

describe('rotation branch', () => {
  let timeline: Timeline;

  beforeAll(async () => {
    // The branch forces local storage and rotation even when the learner chose otherwise.
    timeline = await play(rotationScenario, { storage: 'http-only-cookie', rotation: false });
  });

  it('signs in and stores both tokens in one step', () => {
    const state = snapshot(timeline, 1);

    expect(statusesOfStep(state, 1)).toEqual(['browser /auth/login 200']);
    expect(Object.keys(state.browser.localStorage).sort()).toEqual(['access_token', 'refresh_token']);
  });

  it('lets XSS copy RT1 from local storage', () => {
    const state = snapshot(timeline, 2);

    expect(state.attacker.refreshToken).toBe(state.issued.find((token) => token.label === 'RT1')?.value);
    expect(state.attacker.accessToken).toBe(state.issued.find((token) => token.label === 'AT1')?.value);
  });

  it('rotates RT1 when the victim refreshes', () => {
    const state = snapshot(timeline, 3);

    expect(statusesOfStep(state, 3)).toEqual(['browser /api/me 401', 'browser /auth/refresh 200', 'browser /api/me 200']);
    expect(state.refreshTokens.map((row) => row.status)).toEqual(['used', 'active']);
  });

  it('revokes the family when the attacker replays RT1', () => {
    const state = snapshot(timeline, 4);
    const [replay] = state.exchanges.filter((exchange) => exchange.requestStep === 4);

    expect(replay?.from).toBe('attacker');
    expect(replay?.response?.status).toBe(400);
    expect(replay?.outcome).toBe('refresh-reused');
    expect(JSON.parse(replay?.response?.body ?? '{}')).toEqual({ error: 'invalid_grant', error_description: 'refresh token reuse detected' });
    expect(state.refreshTokens.map((row) => row.status)).toEqual(['revoked', 'revoked']);
    expect(state.refreshTokens.every((row) => row.revokedAt === state.now)).toBe(true);
  });

  it('locks the victim out too: RT2 was revoked with its family', () => {
    const state = snapshot(timeline, 5);
    const [, refresh] = state.exchanges.filter((exchange) => exchange.requestStep === 5);

    expect(statusesOfStep(state, 5)).toEqual(['browser /api/me 401', 'browser /auth/refresh 400']);
    expect(refresh?.outcome).toBe('refresh-revoked');
    expect(state.browser.localStorage).toEqual({});
    expect(state.browser.screen).toBe('login');
  });

  it('ends within its duration', () => {
    const config = snapshot(timeline, 0).config;

    expect(snapshot(timeline, 5).now).toBeLessThanOrEqual(TEST_START + rotationScenario.duration(config));
  });
});

describe('logout branch', () => {
  it.each([
    ['local storage', 'local-storage'],
    ['an HttpOnly cookie', 'http-only-cookie'],
  ] as const)('keeps a copied access token working after logout with %s', async (_case, storage) => {
    const timeline = await play(logoutScenario, { storage, denylist: false });
    const afterLogout = snapshot(timeline, 3);
    const zombie = snapshot(timeline, 4);
    const expired = snapshot(timeline, 5);
    const at1 = zombie.issued.find((token) => token.label === 'AT1');

    expect(statusesOfStep(afterLogout, 3)).toEqual(['browser /auth/logout 204']);
    expect(afterLogout.browser.localStorage).toEqual({});
    expect(afterLogout.browser.memory).toEqual({});
    expect(afterLogout.refreshTokens.map((row) => row.status)).toEqual(['revoked']);

    expect(zombie.attacker.accessToken).toBe(at1?.value);
    expect(statusesOfStep(zombie, 4)).toEqual(['attacker /api/me 200']);
    expect(zombie.now).toBeLessThan(at1?.expiresAt ?? 0);

    expect(statusesOfStep(expired, 5)).toEqual(['attacker /api/me 401']);
    expect(expired.now).toBe((at1?.expiresAt ?? 0) + MINUTE);
  });

  it('rejects the copy right after logout with a denylist', async () => {
    const timeline = await play(logoutScenario, { denylist: true });
    const afterLogout = snapshot(timeline, 3);
    const zombie = snapshot(timeline, 4);
    const at1 = zombie.issued.find((token) => token.label === 'AT1');
    const [call] = zombie.exchanges.filter((exchange) => exchange.requestStep === 4);

    expect(afterLogout.denylist).toEqual([{ jti: at1?.jti, expiresAt: at1?.expiresAt }]);
    expect(call?.response?.status).toBe(401);
    expect(call?.outcome).toBe('token-revoked');
  });

  it('ends within its duration with short access tokens', async () => {
    const overrides = { accessTokenLifetime: 5 * MINUTE };
    const timeline = await play(logoutScenario, overrides);

    expect(snapshot(timeline, 5).now).toBeLessThanOrEqual(TEST_START + logoutScenario.duration({ ...defaultConfig(TEST_START), ...overrides }));
  });
});
