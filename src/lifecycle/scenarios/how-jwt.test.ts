import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config';
import { createTestRun, decodePayload, TEST_START } from '../test-fixtures';
import { playUntil, startTimeline, type Timeline } from '../timeline';
import type { DiagramMessage, SimulationState } from '../types';
import { howJwtScenario } from './how-jwt';

function snapshot(timeline: Timeline, step: number): SimulationState {
  const state = timeline.snapshots[step];
  if (state === undefined) throw new Error(`step ${step} did not run`);
  return state;
}

function describeMessages(messages: DiagramMessage[], step: number): string[] {
  return messages
    .filter((message) => message.step === step)
    .map((message) => (message.kind === 'action' ? `${message.from}>${message.to} ${message.action}` : `${message.from}>${message.to} ${message.kind}`));
}

describe('how-a-JWT-works flow', () => {
  let run: Awaited<ReturnType<typeof createTestRun>>;
  let timeline: Timeline;

  beforeAll(async () => {
    run = await createTestRun('HS256');
    timeline = await playUntil(startTimeline(howJwtScenario, defaultConfig(TEST_START)), 7, run);
  });

  it('uses HS256 and local storage whatever the settings', () => {
    expect(snapshot(timeline, 0).config).toMatchObject({ alg: 'HS256', storage: 'local-storage', rotation: false });
  });

  it.each([
    [1, ['browser>server request']],
    [2, ['server>store check-credentials', 'server>server sign-access-token', 'server>browser response']],
    [3, ['browser>browser save-tokens']],
    [4, ['browser>server request']],
    [5, ['server>server verify-access-token', 'server>store load-user']],
    [6, ['server>server authorize-request']],
    [7, ['server>browser response']],
  ])('draws step %i as the sheet describes it', (step, expected) => {
    expect(describeMessages(snapshot(timeline, 7).messages, step)).toEqual(expected);
  });

  it('issues one HMAC-signed token and no refresh token', () => {
    const state = snapshot(timeline, 2);
    const token = state.issued[0]?.value ?? '';

    expect(state.issued.map((issued) => issued.label)).toEqual(['AT1']);
    expect(state.refreshTokens).toEqual([]);
    expect(run.verifyWithNode(token)).toBe(true);
    expect(decodePayload(token).iat).toBe((TEST_START + 1000) / 1000);
  });

  it('keeps the request pending until step 7 answers 200', () => {
    const pending = snapshot(timeline, 6).exchanges[1];
    const answered = snapshot(timeline, 7).exchanges[1];

    expect(pending?.outcome).toBe('token-valid');
    expect(pending?.response).toBeUndefined();
    expect(answered?.response?.status).toBe(200);
    expect(answered?.responseStep).toBe(7);
  });
});
