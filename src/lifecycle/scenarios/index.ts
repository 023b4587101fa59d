import type { Scenario, ScenarioId } from '../scenario';
import { logoutScenario, rotationScenario } from './branches';
import { howJwtScenario } from './how-jwt';
import { lifecycleScenario } from './lifecycle';

export const SCENARIOS: Record<ScenarioId, Scenario> = {
  lifecycle: lifecycleScenario,
  rotation: rotationScenario,
  logout: logoutScenario,
  'how-jwt': howJwtScenario,
};

/** Scenario order on the page: the sheet's eight steps, its two branches, then the short seven-step flow. */
export const SCENARIO_ORDER: readonly ScenarioId[] = ['lifecycle', 'rotation', 'logout', 'how-jwt'];
