import { Fragment, useRef, useState } from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import type { ActorId } from '../../lifecycle/types';
import { DiagramRow } from './diagram-row';
import { exchangeMessages } from './messages/exchange-messages';
import { lifecycleMessages } from './messages/ui-messages';
import { useSimulation } from './use-simulation';
import { useTravelAnimation } from './use-travel-animation';

/** Draws a swimlane sequence diagram with one lane per actor and one arrow per message, animating the current step. */
export function SequenceDiagram() {
  const messages = useMessages(lifecycleMessages).diagram;
  const exchangeText = useMessages(exchangeMessages);
  const [showAll, setShowAll] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const simulation = useSimulation();
  useTravelAnimation(container, `${simulation?.scenario.id}:${simulation?.position}`);
  if (simulation === null) return null;

  const { scenario, state, position } = simulation;
  const lanes = scenario.actors;
  const laneName = (actor: ActorId) => (scenario.id === 'how-jwt' && actor === 'store' ? exchangeText.userDatabase : exchangeText.actors[actor]);
  const shown = state.messages.filter((message) => (showAll ? message.step <= position : message.step === position));

  // Rows are numbered explicitly. With "show earlier steps" on, a heading row starts each step.
  const layout: { message: (typeof shown)[number]; row: number; headingRow?: number }[] = [];
  let nextRow = 1;
  for (const [index, message] of shown.entries()) {
    const startsStep = showAll && (index === 0 || shown[index - 1]?.step !== message.step);
    const headingRow = startsStep ? nextRow++ : undefined;
    layout.push({ message, row: nextRow++, headingRow });
  }

  return (
    <section aria-labelledby="diagram-title" className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="diagram-title" className="font-semibold">{messages.title}</h2>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} className="h-4 w-4" />
          {messages.showAll}
        </label>
      </div>
      <div ref={container} role="region" aria-label={messages.region} tabIndex={0} className="mt-2 overflow-x-auto">
        <div className="relative" style={{ minWidth: `${lanes.length * 8}rem` }}>
          {lanes.map((lane, index) => (
            <div
              key={lane}
              aria-hidden="true"
              className="absolute bottom-0 top-8 border-l border-dashed border-slate-300 dark:border-slate-600"
              style={{ left: `${((index + 0.5) / lanes.length) * 100}%` }}
            />
          ))}
          <div className="grid" style={{ gridTemplateColumns: `repeat(${lanes.length}, minmax(0, 1fr))` }}>
            {lanes.map((lane) => (
              <div key={lane} data-testid="diagram-lane" data-actor={lane} className="relative z-10 mx-1 rounded-md bg-slate-800 px-2 py-1 text-center text-xs font-semibold text-white dark:bg-slate-200 dark:text-slate-900">
                {laneName(lane)}
              </div>
            ))}
          </div>
          {shown.length === 0 ? (
            <p className="py-6 text-center text-sm text-slate-600 dark:text-slate-400">{messages.empty}</p>
          ) : (
            <ol className="relative mt-2 grid" style={{ gridTemplateColumns: `repeat(${lanes.length}, minmax(0, 1fr))` }}>
              {layout.map(({ message, row, headingRow }) => (
                <Fragment key={message.id}>
                  {headingRow !== undefined && (
                    <li
                      className="border-t border-slate-200 pt-1 text-xs font-semibold text-slate-600 dark:border-slate-700 dark:text-slate-400"
                      style={{ gridColumn: `1 / ${lanes.length + 1}`, gridRow: headingRow }}
                    >
                      {format(messages.stepLabel, { n: message.step })}
                    </li>
                  )}
                  <DiagramRow message={message} lanes={lanes} state={state} laneName={laneName} current={message.step === position} row={row} />
                </Fragment>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
