import { format } from '../../i18n/format';
import { useLocale, useMessages } from '../../i18n/use-messages';
import { useLifecycleStore } from './lifecycle-store';
import { lifecycleMessages } from './messages/ui-messages';
import { formatDateTime, formatDuration } from './time-format';
import { useSimulation } from './use-simulation';

/** The virtual clock: simulated date-time, time since the start, and what that costs in real time at this speed. */
export function ClockDisplay() {
  const messages = useMessages(lifecycleMessages);
  const locale = useLocale();
  const speed = useLifecycleStore((state) => state.speed);
  const simulation = useSimulation();
  if (simulation === null) return null;

  const { clock, state } = simulation;
  const elapsed = clock - state.config.startTime;

  return (
    <div
      data-testid="lifecycle-clock"
      data-time={Math.floor(clock)}
      className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{messages.clock.label}</p>
      <p className="font-mono text-lg tabular-nums">
        <time dateTime={new Date(clock).toISOString()}>{formatDateTime(clock, locale)}</time>
      </p>
      <p className="tabular-nums">{format(messages.clock.elapsed, { duration: formatDuration(elapsed, messages.units) })}</p>
      <p className="text-slate-600 dark:text-slate-400">
        {format(messages.clock.atSpeed, { duration: formatDuration(elapsed / speed, messages.units) })}
      </p>
    </div>
  );
}
