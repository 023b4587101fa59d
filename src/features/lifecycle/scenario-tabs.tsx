import { useMessages } from '../../i18n/use-messages';
import type { ScenarioId } from '../../lifecycle/scenario';
import { SCENARIO_ORDER } from '../../lifecycle/scenarios';
import { useLifecycleStore } from './lifecycle-store';
import { stepMessages } from './messages/step-messages';
import { lifecycleMessages } from './messages/ui-messages';

/** Switches between the eight-step lifecycle, its two branches and the short "how a JWT works" flow. */
export function ScenarioTabs() {
  const messages = useMessages(lifecycleMessages);
  const scenarios = useMessages(stepMessages);
  const scenarioId = useLifecycleStore((state) => state.scenarioId);
  const open = useLifecycleStore((state) => state.open);

  const select = (id: ScenarioId) => {
    if (id !== scenarioId) open(id, 1);
  };

  return (
    <nav aria-label={messages.scenarios}>
      <ul className="flex flex-wrap gap-2">
        {SCENARIO_ORDER.map((id) => (
          <li key={id}>
            <button
              type="button"
              data-testid={`scenario-${id}`}
              aria-pressed={id === scenarioId}
              onClick={() => select(id)}
              className="min-h-10 rounded-full border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:border-slate-100 dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900"
            >
              {scenarios[id].name}
            </button>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{scenarios[scenarioId].summary}</p>
    </nav>
  );
}
