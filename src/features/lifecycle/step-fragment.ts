import type { ScenarioId } from '../../lifecycle/scenario';
import { SCENARIOS } from '../../lifecycle/scenarios';

export interface LifecycleLocation {
  scenarioId: ScenarioId;
  /** Step to open, from 1 to the scenario's number of steps. */
  step: number;
}

/**
 * Reads `#step=N` and `#scenario=<id>&step=N`. An unknown scenario falls back to the eight-step
 * lifecycle, and a step outside 1…last is clamped into that range.
 */
export function parseLifecycleFragment(hash: string): LifecycleLocation {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const requested = params.get('scenario');
  const scenarioId: ScenarioId = requested !== null && Object.hasOwn(SCENARIOS, requested) ? (requested as ScenarioId) : 'lifecycle';
  const last = SCENARIOS[scenarioId].steps.length;
  const step = Number.parseInt(params.get('step') ?? '', 10);
  return { scenarioId, step: Number.isNaN(step) ? 1 : Math.min(Math.max(step, 1), last) };
}

/** Writes the fragment for a position; the main scenario keeps the short `#step=N` form. */
export function formatLifecycleFragment(location: LifecycleLocation): string {
  return location.scenarioId === 'lifecycle' ? `#step=${location.step}` : `#scenario=${location.scenarioId}&step=${location.step}`;
}
