import { useState } from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { findIssued } from '../../lifecycle/scenario';
import { inspectXss } from '../../lifecycle/xss';
import { lifecycleMessages } from './messages/ui-messages';
import { useSimulation } from './use-simulation';

/** Shows what a script injected into the page could take right now, in the storage mode in use. */
export function XssPanel() {
  const allMessages = useMessages(lifecycleMessages);
  const messages = allMessages.xss;
  const [open, setOpen] = useState(false);
  const simulation = useSimulation();
  if (simulation === null) return null;

  const { state, clock } = simulation;
  const report = inspectXss(state.browser, clock);
  const mode = state.config.storage === 'local-storage' ? allMessages.settings.storageLocal : allMessages.settings.storageCookie;

  return (
    <div className="mt-4">
      <button
        type="button"
        data-testid="lifecycle-xss"
        aria-expanded={open}
        aria-controls="xss-report"
        onClick={() => setOpen(!open)}
        className="min-h-10 rounded-md border border-red-700 bg-red-50 px-3 py-1.5 text-sm font-semibold text-red-900 hover:bg-red-100 dark:border-red-400 dark:bg-red-950 dark:text-red-100 dark:hover:bg-red-900"
      >
        {open ? messages.hide : messages.button}
      </button>
      {open && (
        <div id="xss-report" data-testid="xss-report" data-exposed={report.exposed.length} className="mt-2 rounded-md border border-red-300 p-3 text-sm dark:border-red-800">
          <p className="font-semibold">{format(messages.heading, { mode })}</p>
          <ul className="mt-2 space-y-1">
            {report.exposed.map((item) => {
              const label = findIssued(state, item.value)?.label ?? item.name;
              const text =
                item.method === 'intercept'
                  ? format(messages.intercept, { name: label })
                  : format(messages.read, { name: `${item.name} (${label})`, source: messages.sources[item.source] });
              return (
                <li key={`${item.source}:${item.name}`} data-testid="xss-exposed" data-source={item.source} className="text-red-800 dark:text-red-300">
                  <span aria-hidden="true">✗ </span>
                  {text}
                </li>
              );
            })}
            {report.hidden.map((item) => (
              <li key={item.name} data-testid="xss-hidden" className="text-emerald-800 dark:text-emerald-300">
                <span aria-hidden="true">✓ </span>
                {format(messages.hidden, { name: item.name })}
              </li>
            ))}
            {report.exposed.length === 0 && report.hidden.length === 0 && <li>{messages.nothing}</li>}
          </ul>
          <p className="mt-2 text-slate-700 dark:text-slate-300">{messages.stillActs}</p>
        </div>
      )}
    </div>
  );
}
