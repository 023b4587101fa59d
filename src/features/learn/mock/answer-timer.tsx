import { useEffect, useState } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { learnMessages } from '../learn-messages';
import { formatDuration } from '../relative-time';

/** Length of a good spoken answer; the timer says so once it is passed. */
export const TARGET_SECONDS = 60;

/** Returns whole seconds since `startedAt`, ticking once a second until `stoppedAt` is set. */
export function useElapsedSeconds(startedAt: number, stoppedAt: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (stoppedAt !== undefined) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [stoppedAt]);

  const end = stoppedAt ?? Math.max(now, startedAt);
  return Math.max(0, Math.floor((end - startedAt) / 1000));
}

/**
 * Shows the time spent on the current answer. It is a plain number with a text hint, never an
 * animation, and screen readers do not announce each tick (role timer is not live by default).
 */
export function AnswerTimer({ seconds, running }: { seconds: number; running: boolean }) {
  const messages = useMessages(learnMessages).mock;
  const over = seconds > TARGET_SECONDS;

  return (
    <div className="flex flex-wrap items-baseline gap-3">
      <span
        role="timer"
        aria-label={messages.timerLabel}
        className="font-mono text-2xl tabular-nums"
        data-testid="mock-timer"
        data-seconds={seconds}
        data-running={running}
      >
        {formatDuration(seconds)}
      </span>
      <span className={`text-sm ${over ? 'font-medium text-amber-800 dark:text-amber-300' : 'text-slate-600 dark:text-slate-300'}`}>
        {over ? messages.overTime : messages.target}
      </span>
    </div>
  );
}
