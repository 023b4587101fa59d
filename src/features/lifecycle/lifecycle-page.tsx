import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { AttackerPanel } from './attacker-panel';
import { BrowserPanel } from './browser-panel';
import { ClockDisplay } from './clock-display';
import { ExchangeDetails } from './exchange-details';
import { useLifecycleStore } from './lifecycle-store';
import { lifecycleMessages } from './messages/ui-messages';
import { PlaybackControls } from './playback-controls';
import { PredictionCard } from './prediction-card';
import { RequestLog } from './request-log';
import { ScenarioTabs } from './scenario-tabs';
import { SequenceDiagram } from './sequence-diagram';
import { SettingsPanel } from './settings-panel';
import { StepNarration } from './step-narration';
import { TokenLifeBars } from './token-life-bars';
import { TokenStoreTable } from './token-store-table';
import { useClockLoop } from './use-clock-loop';
import { useLifecycleLocation } from './use-lifecycle-location';

/** Renders the `/lifecycle` route: an animated, step-by-step simulation of access and refresh tokens. */
export default function LifecyclePage() {
  const messages = useMessages(lifecycleMessages);
  const ready = useLifecycleStore((state) => state.timeline !== null);
  const failure = useLifecycleStore((state) => state.failure);
  useLifecycleLocation();
  useClockLoop();

  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-bold">{messages.title}</h1>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">{messages.intro}</p>
      </header>
      <ScenarioTabs />
      {failure !== null && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {format(messages.failure, { message: failure })}
        </p>
      )}
      <div className="flex flex-col gap-3 lg:flex-row lg:items-start lg:justify-between">
        <PlaybackControls />
        <ClockDisplay />
      </div>
      {!ready ? (
        <p role="status" className="text-slate-600 dark:text-slate-400">{messages.loading}</p>
      ) : (
        <>
          <StepNarration />
          <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <div className="min-w-0 space-y-4">
              <SequenceDiagram />
              <ExchangeDetails />
              <RequestLog />
            </div>
            <div className="min-w-0 space-y-4">
              <PredictionCard />
              <TokenLifeBars />
              <BrowserPanel />
              <AttackerPanel />
              <TokenStoreTable />
              <SettingsPanel />
            </div>
          </div>
          <p className="text-sm text-slate-600 dark:text-slate-400">{messages.clock.past}</p>
        </>
      )}
    </div>
  );
}
