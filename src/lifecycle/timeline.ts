import { createBrowser } from './browser';
import type { Scenario } from './scenario';
import type { RandomBytes, SigningKeys } from './token-crypto';
import type { SimulationConfig, SimulationState } from './types';

/**
 * A scenario being played: the state after each step that has run, which one is shown, and the
 * virtual clock. The clock never passes the time of the next step without that step running, so
 * every step happens at the time its narration describes.
 */
export interface Timeline {
  scenario: Scenario;
  /** `snapshots[n]` is the state after step n; `snapshots[0]` is the state before the first step. */
  snapshots: SimulationState[];
  position: number;
  /** Current virtual time; at least the time of the shown snapshot. */
  clock: number;
}

/** Keys and randomness of one run; kept outside the snapshots because keys are not plain data. */
export interface RunContext {
  keys: SigningKeys;
  random: RandomBytes;
}

/** Applies the scenario's fixed settings on top of the learner's. */
export function effectiveConfig(scenario: Scenario, config: SimulationConfig): SimulationConfig {
  return { ...config, ...scenario.overrides };
}

/** Returns the state before any step: a signed-out browser and empty server tables. */
export function createInitialState(config: SimulationConfig): SimulationState {
  return {
    config,
    now: config.startTime,
    step: 0,
    lastStepAt: config.startTime,
    browser: createBrowser(),
    attacker: {},
    refreshTokens: [],
    denylist: [],
    issued: [],
    exchanges: [],
    messages: [],
    counters: { access: 0, refresh: 0, family: 0, exchange: 0, message: 0 },
  };
}

export function startTimeline(scenario: Scenario, config: SimulationConfig): Timeline {
  const initial = createInitialState(effectiveConfig(scenario, config));
  return { scenario, snapshots: [initial], position: 0, clock: initial.now };
}

/** Returns the state shown at the current position. */
export function shownState(timeline: Timeline): SimulationState {
  const state = timeline.snapshots[timeline.position];
  if (state === undefined) throw new Error(`Timeline position ${timeline.position} has no snapshot`);
  return state;
}

export function isFinished(timeline: Timeline): boolean {
  return timeline.position >= timeline.scenario.steps.length;
}

/** Returns the virtual time of the next step, or undefined after the last one. */
export function nextStepTime(timeline: Timeline): number | undefined {
  const step = timeline.scenario.steps[timeline.position];
  return step === undefined ? undefined : step.at(shownState(timeline));
}

/**
 * Runs the next step at its own time, or shows it again when it already ran and the learner had
 * stepped back: a step is never run twice, so tokens stay the same across back and forth.
 */
export async function stepForward(timeline: Timeline, run: RunContext): Promise<Timeline> {
  if (isFinished(timeline)) return timeline;
  const position = timeline.position + 1;
  const existing = timeline.snapshots[position];
  if (existing !== undefined) return { ...timeline, position, clock: existing.now };

  const definition = timeline.scenario.steps[timeline.position];
  if (definition === undefined) return timeline;
  const previous = shownState(timeline);
  const at = Math.max(definition.at(previous), previous.now);
  const state = structuredClone(previous);
  state.step = position;
  state.now = at;
  state.lastStepAt = at;
  await definition.run({ state, keys: run.keys, random: run.random });

  return { ...timeline, snapshots: [...timeline.snapshots, state], position, clock: at };
}

/** Shows the previous step's state and sets the clock back to when it ran. */
export function stepBack(timeline: Timeline): Timeline {
  if (timeline.position === 0) return timeline;
  const position = timeline.position - 1;
  const state = timeline.snapshots[position];
  return state === undefined ? timeline : { ...timeline, position, clock: state.now };
}

/**
 * Moves the clock toward `target`, stopping at the next step's time. `reachedStep` tells the
 * caller that the clock is waiting there and the step should run now.
 */
export function advanceClock(timeline: Timeline, target: number): { timeline: Timeline; reachedStep: boolean } {
  const stepTime = nextStepTime(timeline);
  const limited = stepTime === undefined ? target : Math.min(target, stepTime);
  const clock = Math.max(timeline.clock, limited);
  return { timeline: { ...timeline, clock }, reachedStep: stepTime !== undefined && clock >= stepTime };
}

/** Returns the next moment worth jumping to: a token expiry still ahead, or the next step, whichever is first. */
export function nextEventTime(timeline: Timeline): number | undefined {
  const state = shownState(timeline);
  const candidates = state.issued.map((token) => token.expiresAt).filter((time) => time > timeline.clock);
  const stepTime = nextStepTime(timeline);
  if (stepTime !== undefined) candidates.push(stepTime);
  return candidates.length === 0 ? undefined : Math.min(...candidates);
}

/** Plays steps until `position` is reached or the scenario ends; the page uses it for `#step=N` links. */
export async function playUntil(timeline: Timeline, position: number, run: RunContext): Promise<Timeline> {
  let current = timeline;
  while (current.position < position && !isFinished(current)) current = await stepForward(current, run);
  return current;
}
