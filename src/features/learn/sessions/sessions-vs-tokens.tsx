import { useId, useReducer } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { ActionBar } from './action-bar';
import { EventLog, SideState } from './demo-status';
import { OutcomeTable } from './outcome-table';
import { createDemoState, reduceDemo, type Side } from './sessions-model';
import { sessionsMessages } from './sessions-messages';
import { SetupControls } from './setup-controls';

const SIDES: Side[] = ['session', 'token'];

/**
 * Side-by-side demo of session lookups and token verification across API servers behind a load
 * balancer. Each `server-outcome` cell carries `data-side`, `data-server`, `data-credential`,
 * `data-status` (200 or 401) and `data-reason`, so tests read results without the display language.
 */
export function SessionsVsTokens() {
  const messages = useMessages(sessionsMessages);
  const [state, dispatch] = useReducer(reduceDemo, undefined, () => createDemoState());
  const headingId = useId();

  // The Learn page leaves the heading of this tab to the section itself.
  return (
    <section aria-labelledby={headingId} data-testid="sessions-vs-tokens" className="space-y-4">
      <h2 id={headingId} className="text-xl font-bold">
        {messages.title}
      </h2>
      <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">{messages.intro}</p>

      <SetupControls state={state} dispatch={dispatch} />
      <ActionBar state={state} dispatch={dispatch} />

      <div className="grid gap-4 lg:grid-cols-2">
        {SIDES.map((side) => (
          <section key={side} aria-label={messages.sides[side]} className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <h3 className="font-semibold">{messages.sides[side]}</h3>
            <p className="text-xs text-slate-600 dark:text-slate-400">{messages.flows[side]}</p>
            <OutcomeTable state={state} side={side} />
            <SideState state={state} side={side} />
          </section>
        ))}
      </div>

      <EventLog state={state} />

      <div className="space-y-2">
        <h3 className="font-semibold">{messages.lessonsTitle}</h3>
        <ul className="max-w-prose list-disc space-y-1.5 pl-5 text-sm text-slate-700 dark:text-slate-300">
          {messages.lessons.map((lesson) => (
            <li key={lesson}>{lesson}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
