import { useMessages } from '../../i18n/use-messages';
import { isFinished, nextEventTime } from '../../lifecycle/timeline';
import { SPEEDS, useLifecycleStore, type Speed } from './lifecycle-store';
import { lifecycleMessages } from './messages/ui-messages';

const BUTTON =
  'inline-flex min-h-10 items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

/** Renders the step buttons (previous, play or pause, next, reset), the clock speed and the jump to the next event. */
export function PlaybackControls() {
  const messages = useMessages(lifecycleMessages).controls;
  const timeline = useLifecycleStore((state) => state.timeline);
  const playing = useLifecycleStore((state) => state.playing);
  const speed = useLifecycleStore((state) => state.speed);
  const { prev, next, togglePlay, reset, setSpeed, jumpToNextEvent } = useLifecycleStore.getState();

  const finished = timeline === null || isFinished(timeline);
  const atStart = timeline === null || timeline.position <= 1;
  const noEvent = timeline === null || nextEventTime(timeline) === undefined;

  return (
    <div role="group" aria-label={messages.label} className="flex flex-wrap items-center gap-2">
      <button type="button" data-testid="lifecycle-prev" className={BUTTON} onClick={prev} disabled={atStart}>
        <span aria-hidden="true">◀</span> {messages.prev}
      </button>
      <button
        type="button"
        data-testid="lifecycle-play"
        data-playing={playing ? 'true' : 'false'}
        className={BUTTON}
        onClick={togglePlay}
        disabled={!playing && finished}
        aria-pressed={playing}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? messages.pause : messages.play}
      </button>
      <button type="button" data-testid="lifecycle-next" className={BUTTON} onClick={next} disabled={finished}>
        {messages.next} <span aria-hidden="true">▶</span>
      </button>
      <button type="button" data-testid="lifecycle-jump" className={BUTTON} onClick={jumpToNextEvent} disabled={noEvent}>
        {messages.jump} <span aria-hidden="true">»</span>
      </button>
      <button type="button" data-testid="lifecycle-reset" className={BUTTON} onClick={reset}>
        <span aria-hidden="true">↺</span> {messages.reset}
      </button>
      <label className="flex items-center gap-2 text-sm">
        <span>{messages.speed}</span>
        <select
          data-testid="lifecycle-speed"
          value={speed}
          onChange={(event) => setSpeed(Number(event.target.value) as Speed)}
          className="min-h-10 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        >
          {SPEEDS.map((option) => (
            <option key={option} value={option}>
              {messages.speeds[String(option) as keyof typeof messages.speeds]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
