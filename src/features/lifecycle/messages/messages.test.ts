import { describe, expect, it } from 'vitest';
import { findCatalogMismatches } from '../../../i18n/parity';
import { SCENARIO_ORDER, SCENARIOS } from '../../../lifecycle/scenarios';
import { exchangeMessages } from './exchange-messages';
import { stepMessages } from './step-messages';
import { lifecycleMessages } from './ui-messages';
import { SPEEDS } from '../lifecycle-store';

describe('lifecycle catalogs', () => {
  it.each([
    ['ui', lifecycleMessages],
    ['exchange', exchangeMessages],
    ['steps', stepMessages],
  ] as const)('%s catalog has the same keys in Korean', (_name, catalog) => {
    expect(findCatalogMismatches(catalog.en, catalog.ko)).toEqual([]);
  });

  it.each(SCENARIO_ORDER)('has text for every step of %s', (scenarioId) => {
    const stepIds = SCENARIOS[scenarioId].steps.map((step) => step.id);

    expect(Object.keys(stepMessages.en[scenarioId].steps)).toEqual(stepIds);
  });

  it('pairs the sheet with current practice', () => {
    for (const scenario of Object.values(stepMessages.en)) {
      for (const [stepId, text] of Object.entries(scenario.steps)) {
        expect({ stepId, sheet: text.sheet === undefined, practice: text.practice === undefined }).toEqual({
          stepId,
          sheet: text.practice === undefined,
          practice: text.sheet === undefined,
        });
      }
    }
  });

  it('labels every clock speed', () => {
    expect(Object.keys(lifecycleMessages.en.controls.speeds).map(Number)).toEqual([...SPEEDS]);
  });
});
