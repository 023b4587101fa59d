import { useLocale, useMessages } from '../../i18n/use-messages';
import type { Finding, Severity } from '../../jwt/types';
import { describeFinding } from './describe';
import { debuggerMessages } from './messages';

const SEVERITY_STYLE: Record<Severity, string> = {
  danger: 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-50',
  warning: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50',
  info: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-50',
};

const SEVERITY_ORDER: Record<Severity, number> = { danger: 0, warning: 1, info: 2 };

/** The findings list, most severe first; each item explains itself and what to do. */
export function FindingsList({ findings, now }: { findings: Finding[]; now: number }) {
  const messages = useMessages(debuggerMessages);
  const locale = useLocale();
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title" className="mb-2 text-base font-semibold">
        {messages.warningsTitle}
      </h2>
      {sorted.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">{messages.noWarnings}</p>}
      <ul data-testid="warnings" className="flex flex-col gap-2">
        {sorted.map((finding, index) => {
          const text = describeFinding(finding, messages, locale, now);
          return (
            <li
              key={`${finding.code}-${index}`}
              data-testid="warning"
              data-code={finding.code}
              data-severity={finding.severity}
              className={`rounded-md border px-3 py-2 text-sm ${SEVERITY_STYLE[finding.severity]}`}
            >
              <p className="font-semibold">
                <span className="mr-2 rounded bg-white/70 px-1.5 py-0.5 text-xs font-bold uppercase dark:bg-black/30">{messages.severity[finding.severity]}</span>
                {text.title}
              </p>
              <p className="mt-0.5">{text.detail}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
