import type { Scenario } from '../../lifecycle/scenario';
import { shownState } from '../../lifecycle/timeline';
import type { SimulationState } from '../../lifecycle/types';
import { useLifecycleStore } from './lifecycle-store';

export interface ShownSimulation {
  scenario: Scenario;
  state: SimulationState;
  position: number;
  clock: number;
}

/** Returns the state of the step on screen and the clock, or null while keys are being generated. */
export function useSimulation(): ShownSimulation | null {
  const timeline = useLifecycleStore((store) => store.timeline);
  if (timeline === null) return null;
  return { scenario: timeline.scenario, state: shownState(timeline), position: timeline.position, clock: timeline.clock };
}
