import { describe, expect, it } from 'vitest';
import { defaultConfig } from './config';
import { MINUTE, SECOND } from './scenario';
import { lifecycleScenario } from './scenarios/lifecycle';
import { createTestRun, TEST_START } from './test-fixtures';
import {
  advanceClock,
  isFinished,
  nextEventTime,
  nextStepTime,
  playUntil,
  shownState,
  startTimeline,
  stepBack,
  stepForward,
} from './timeline';

const accessExpiry = TEST_START + SECOND + 30 * MINUTE;

describe('timeline', () => {
  it('starts before step 1 with the clock at the start time', () => {
    const timeline = startTimeline(lifecycleScenario, defaultConfig(TEST_START));

    expect(timeline.position).toBe(0);
    expect(timeline.clock).toBe(TEST_START);
    expect(nextStepTime(timeline)).toBe(TEST_START);
  });

  it('moves the clock to the step time when stepping forward', async () => {
    const run = await createTestRun('ES256');
    const timeline = await playUntil(startTimeline(lifecycleScenario, defaultConfig(TEST_START)), 4, run);
    const next = await stepForward(timeline, run);

    expect(nextStepTime(timeline)).toBe(accessExpiry + 5 * MINUTE);
    expect(next.position).toBe(5);
    expect(next.clock).toBe(accessExpiry + 5 * MINUTE);
  });

  it('stops the clock at the next step and reports it', async () => {
    const run = await createTestRun('ES256');
    const timeline = await playUntil(startTimeline(lifecycleScenario, defaultConfig(TEST_START)), 4, run);

    const halfway = advanceClock(timeline, TEST_START + 10 * MINUTE);
    expect(halfway.timeline.clock).toBe(TEST_START + 10 * MINUTE);
    expect(halfway.reachedStep).toBe(false);

    const beyond = advanceClock(timeline, TEST_START + 3 * 60 * MINUTE);
    expect(beyond.timeline.clock).toBe(accessExpiry + 5 * MINUTE);
    expect(beyond.reachedStep).toBe(true);
  });

  it('never moves the clock backwards', async () => {
    const timeline = startTimeline(lifecycleScenario, defaultConfig(TEST_START));

    expect(advanceClock({ ...timeline, clock: TEST_START + SECOND }, TEST_START).timeline.clock).toBe(TEST_START + SECOND);
  });

  it('jumps to the access token expiry before the next step', async () => {
    const run = await createTestRun('ES256');
    const timeline = await playUntil(startTimeline(lifecycleScenario, defaultConfig(TEST_START)), 4, run);

    expect(nextEventTime(timeline)).toBe(accessExpiry);
    expect(nextEventTime({ ...timeline, clock: accessExpiry })).toBe(accessExpiry + 5 * MINUTE);
  });

  it('reuses a step that already ran after stepping back', async () => {
    const run = await createTestRun('ES256');
    const forward = await playUntil(startTimeline(lifecycleScenario, defaultConfig(TEST_START)), 3, run);
    const back = stepBack(forward);
    const again = await stepForward(back, run);

    expect(back.position).toBe(2);
    expect(back.clock).toBe(shownState(back).now);
    expect(shownState(back).browser.localStorage).toEqual({});
    expect(again.snapshots).toBe(forward.snapshots);
    expect(shownState(again)).toBe(shownState(forward));
  });

  it('does not change the state of earlier snapshots', async () => {
    const run = await createTestRun('ES256');
    const timeline = await playUntil(startTimeline(lifecycleScenario, defaultConfig(TEST_START)), 8, run);

    expect(timeline.snapshots.map((state) => state.exchanges.length)).toEqual([0, 1, 1, 2, 2, 3, 5, 8, 9]);
  });

  it('stays at the end after the last step', async () => {
    const run = await createTestRun('ES256');
    const finished = await playUntil(startTimeline(lifecycleScenario, defaultConfig(TEST_START)), 99, run);

    expect(isFinished(finished)).toBe(true);
    expect(finished.position).toBe(8);
    expect(nextStepTime(finished)).toBeUndefined();
    expect(await stepForward(finished, run)).toBe(finished);
  });

  it('does nothing when stepping back from the start', () => {
    const timeline = startTimeline(lifecycleScenario, defaultConfig(TEST_START));

    expect(stepBack(timeline)).toBe(timeline);
  });
});
