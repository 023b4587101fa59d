import type { StepContext } from './step-context';
import type { ActorId, IssuedToken, SimulationConfig, SimulationState } from './types';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type ScenarioId = 'lifecycle' | 'rotation' | 'logout' | 'how-jwt';

/** What the learner is asked to predict before a step runs. */
export type PredictionKind = 'api-status' | 'refresh-status';

export interface StepDefinition {
  /** Stable key for the step's title and narration in the message catalogs. */
  id: string;
  /** Virtual time at which the step runs, computed from the state the previous step left. */
  at: (state: SimulationState) => number;
  run: (context: StepContext) => Promise<void>;
  /** Asks the learner to guess a status first; the answer is the status of the step's matching exchange. */
  prediction?: PredictionKind;
}

export interface Scenario {
  id: ScenarioId;
  /** Diagram lanes, left to right. */
  actors: readonly ActorId[];
  steps: readonly StepDefinition[];
  /** Settings the scenario needs whatever the learner chose, e.g. HS256 for the shared-secret flow. */
  overrides?: Partial<Omit<SimulationConfig, 'startTime'>>;
  /**
   * Virtual time from the start to the last step with these lifetimes. The page starts the clock
   * this far in the past so that no token is ever dated after the device's real time.
   */
  duration: (config: SimulationConfig) => number;
}

/** Returns the time `delay` after the previous step. */
export function after(delay: number): (state: SimulationState) => number {
  return (state) => state.lastStepAt + delay;
}

/** Returns the issued token with this value. */
export function findIssued(state: SimulationState, value: string | undefined): IssuedToken | undefined {
  return value === undefined ? undefined : state.issued.find((token) => token.value === value);
}

/** Returns the most recently issued token of a kind; a scenario step that needs one and finds none is a bug. */
export function latestIssued(state: SimulationState, kind: IssuedToken['kind']): IssuedToken {
  const token = state.issued.findLast((issued) => issued.kind === kind);
  if (token === undefined) throw new Error(`No ${kind} token has been issued before this step`);
  return token;
}

/** Returns the exchange that answers a step's prediction: the last one of that kind answered in the step. */
export function predictionExchange(state: SimulationState, step: number, kind: PredictionKind) {
  const path = kind === 'api-status' ? '/api/me' : '/auth/refresh';
  return state.exchanges.findLast((exchange) => exchange.responseStep === step && exchange.request.path === path);
}
