import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { lifecycleMessages } from './messages/ui-messages';
import { stepMessages } from './messages/step-messages';
import { useSimulation } from './use-simulation';

/** The current step's number, title and narration, with the sheet and current practice side by side where they differ. */
export function StepNarration() {
  const messages = useMessages(lifecycleMessages).step;
  const scenarios = useMessages(stepMessages);
  const simulation = useSimulation();
  if (simulation === null) return null;

  const { scenario, position } = simulation;
  const definition = scenario.steps[position - 1];
  const text = definition === undefined ? undefined : scenarios[scenario.id].steps[definition.id];

  return (
    <section
      data-testid="lifecycle-step"
      data-step={position}
      data-scenario={scenario.id}
      data-step-id={definition?.id ?? ''}
      aria-live="polite"
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <p className="text-sm font-semibold text-sky-800 dark:text-sky-300">
        {format(messages.counter, { n: position, total: scenario.steps.length })}
      </p>
      <h2 className="mt-1 text-xl font-bold">{text?.title ?? messages.notStarted}</h2>
      {text !== undefined && <p className="mt-2 leading-relaxed">{text.narration}</p>}
      {text?.sheet !== undefined && text.practice !== undefined && (
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <div className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-sm dark:bg-amber-950/60">
            <p className="font-semibold text-amber-900 dark:text-amber-200">{messages.sheet}</p>
            <p className="mt-1">{text.sheet}</p>
          </div>
          <div className="rounded-md border-l-4 border-emerald-600 bg-emerald-50 p-3 text-sm dark:bg-emerald-950/60">
            <p className="font-semibold text-emerald-900 dark:text-emerald-200">{messages.practice}</p>
            <p className="mt-1">{text.practice}</p>
          </div>
        </div>
      )}
    </section>
  );
}
