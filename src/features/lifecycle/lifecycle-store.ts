import { create } from 'zustand';
import { defaultConfig, findConfigProblems } from '../../lifecycle/config';
import { SECOND, type ScenarioId } from '../../lifecycle/scenario';
import { SCENARIOS } from '../../lifecycle/scenarios';
import {
  advanceClock,
  effectiveConfig,
  isFinished,
  nextEventTime,
  playUntil,
  startTimeline,
  stepBack,
  stepForward,
  type RunContext,
  type Timeline,
} from '../../lifecycle/timeline';
import { createSigningKeys, secureRandomBytes } from '../../lifecycle/token-crypto';
import type { SimulationConfig } from '../../lifecycle/types';

/** The settings a learner can change; the start time is derived, not chosen. */
export type LifecycleSettings = Omit<SimulationConfig, 'startTime' | 'alg'>;

/** Clock speeds in virtual milliseconds per real millisecond: 1 min/s, 10 min/s, 1 h/s, 1 day/s. */
export const SPEEDS = [60, 600, 3600, 86_400] as const;
export type Speed = (typeof SPEEDS)[number];

interface LifecycleState {
  scenarioId: ScenarioId;
  settings: LifecycleSettings;
  timeline: Timeline | null;
  playing: boolean;
  speed: Speed;
  /** Status the learner predicted, keyed by `scenario:step`. */
  guesses: Record<string, number>;
  selectedExchangeId: string | null;
  /** Message of an unexpected engine failure, shown instead of the simulation. */
  failure: string | null;

  /** Starts a scenario with fresh keys and plays it up to `position` (default 1). */
  open: (scenarioId: ScenarioId, position?: number) => void;
  reset: () => void;
  next: () => void;
  prev: () => void;
  togglePlay: () => void;
  pause: () => void;
  setSpeed: (speed: Speed) => void;
  jumpToNextEvent: () => void;
  tick: (realMs: number) => void;
  updateSettings: (changes: Partial<LifecycleSettings>) => void;
  guess: (step: number, status: number) => void;
  selectExchange: (id: string | null) => void;
}

const initialSettings: LifecycleSettings = (({ startTime: _startTime, alg: _alg, ...rest }) => rest)(defaultConfig(0));

// Steps run one at a time in click order. `generation` drops the result of a run that was reset meanwhile.
let queue: Promise<void> = Promise.resolve();
let generation = 0;
let run: RunContext | null = null;
let stepping = false;

/** Resolves once every queued step has run; tests await it instead of polling. */
export function whenIdle(): Promise<void> {
  return queue;
}

export const useLifecycleStore = create<LifecycleState>()((set, get) => {
  function enqueue(operation: (current: number) => Promise<void>): void {
    const current = generation;
    queue = queue
      .then(() => (current === generation ? operation(current) : undefined))
      .catch((error: unknown) => {
        set({ failure: error instanceof Error ? error.message : String(error), playing: false });
      });
  }

  function forward(): void {
    enqueue(async (current) => {
      const timeline = get().timeline;
      if (timeline === null || run === null || isFinished(timeline)) return;
      stepping = true;
      try {
        const advanced = await stepForward(timeline, run);
        if (current !== generation) return;
        set({ timeline: advanced, playing: get().playing && !isFinished(advanced) });
      } finally {
        stepping = false;
      }
    });
  }

  return {
    scenarioId: 'lifecycle',
    settings: initialSettings,
    timeline: null,
    playing: false,
    speed: 600,
    guesses: {},
    selectedExchangeId: null,
    failure: null,

    open: (scenarioId, position = 1) => {
      generation += 1;
      // The old timeline stays on screen while the same scenario is rebuilt, so open panels keep their state.
      const sameScenario = scenarioId === get().scenarioId;
      set({ scenarioId, timeline: sameScenario ? get().timeline : null, playing: false, selectedExchangeId: null, failure: null });
      enqueue(async (current) => {
        const scenario = SCENARIOS[scenarioId];
        const config = effectiveConfig(scenario, { ...get().settings, alg: 'ES256', startTime: 0 });
        // The clock starts in the past and reaches the device's time at the last step, so no
        // token is ever dated in the future and an expired one also looks expired in the debugger.
        const startTime = Math.floor((Date.now() - scenario.duration(config)) / SECOND) * SECOND;
        run = { keys: await createSigningKeys(config.alg), random: secureRandomBytes };
        const timeline = await playUntil(startTimeline(scenario, { ...config, startTime }), position, run);
        if (current === generation) set({ timeline });
      });
    },

    reset: () => {
      const { scenarioId } = get();
      set({ guesses: {} });
      get().open(scenarioId, 1);
    },

    next: () => forward(),

    prev: () => {
      enqueue(async () => {
        const timeline = get().timeline;
        // Step 1 is the first state shown; the empty state before it has nothing to explain.
        if (timeline !== null && timeline.position > 1) set({ timeline: stepBack(timeline), playing: false });
      });
    },

    togglePlay: () => {
      const { playing, timeline } = get();
      if (timeline === null) return;
      if (!playing && isFinished(timeline)) return;
      set({ playing: !playing });
    },

    pause: () => set({ playing: false }),

    setSpeed: (speed) => set({ speed }),

    jumpToNextEvent: () => {
      const timeline = get().timeline;
      if (timeline === null) return;
      const target = nextEventTime(timeline);
      if (target === undefined) return;
      const { timeline: moved, reachedStep } = advanceClock(timeline, Math.min(target, Date.now()));
      set({ timeline: moved });
      if (reachedStep) forward();
    },

    tick: (realMs) => {
      const { timeline, playing, speed } = get();
      if (timeline === null || !playing || stepping) return;
      const target = Math.min(timeline.clock + realMs * speed, Date.now());
      const { timeline: moved, reachedStep } = advanceClock(timeline, target);
      set({ timeline: moved });
      if (reachedStep) forward();
    },

    updateSettings: (changes) => {
      const settings = { ...get().settings, ...changes };
      set({ settings });
      if (findConfigProblems(settings).length > 0) return;
      const position = get().timeline?.position ?? 1;
      get().open(get().scenarioId, position);
    },

    guess: (step, status) => set({ guesses: { ...get().guesses, [`${get().scenarioId}:${step}`]: status } }),

    selectExchange: (id) => set({ selectedExchangeId: id }),
  };
});
