import { useMessages } from '../../i18n/use-messages';
import { useLifecycleStore } from './lifecycle-store';
import { exchangeMessages } from './messages/exchange-messages';
import { lifecycleMessages } from './messages/ui-messages';
import { statusLine } from './status-line';
import { useSimulation } from './use-simulation';

/** Lists every HTTP exchange so far, newest last. Each entry opens its full request and response. */
export function RequestLog() {
  const messages = useMessages(lifecycleMessages).log;
  const actors = useMessages(exchangeMessages).actors;
  const selectedId = useLifecycleStore((state) => state.selectedExchangeId);
  const selectExchange = useLifecycleStore((state) => state.selectExchange);
  const simulation = useSimulation();
  if (simulation === null) return null;

  const { exchanges } = simulation.state;

  return (
    <section aria-labelledby="request-log-title" className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <h2 id="request-log-title" className="font-semibold">{messages.title}</h2>
      {exchanges.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{messages.empty}</p>
      ) : (
        <ol className="mt-2 space-y-1">
          {exchanges.map((exchange) => {
            const status = exchange.response?.status;
            let tone = 'text-emerald-800 dark:text-emerald-300';
            if (status === undefined) tone = 'text-slate-600 dark:text-slate-400';
            else if (status >= 400) tone = 'text-red-800 dark:text-red-300';
            return (
              <li key={exchange.id}>
                <button
                  type="button"
                  data-testid="lifecycle-request"
                  data-status={status ?? 'pending'}
                  data-path={exchange.request.path}
                  data-from={exchange.from}
                  aria-pressed={selectedId === exchange.id}
                  onClick={() => selectExchange(exchange.id)}
                  className="grid w-full grid-cols-[2.5rem_1fr_auto] items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100 aria-pressed:bg-sky-100 dark:hover:bg-slate-800 dark:aria-pressed:bg-sky-950"
                >
                  <span className="text-xs text-slate-600 tabular-nums dark:text-slate-400">#{exchange.requestStep}</span>
                  <span className="min-w-0">
                    <span className="font-mono font-semibold">
                      {exchange.request.method} {exchange.request.path}
                    </span>{' '}
                    <span className="text-xs text-slate-600 dark:text-slate-400">
                      {actors[exchange.from]} → {actors[exchange.to]}
                    </span>
                  </span>
                  <span className={`font-mono text-xs font-semibold ${tone}`}>{status === undefined ? messages.pending : statusLine(status)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
