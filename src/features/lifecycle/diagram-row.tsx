import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import type { ActorId, DiagramMessage, SimulationState } from '../../lifecycle/types';
import { useLifecycleStore } from './lifecycle-store';
import { exchangeMessages } from './messages/exchange-messages';
import { lifecycleMessages } from './messages/ui-messages';
import { statusLine } from './status-line';

interface DiagramRowProps {
  message: DiagramMessage;
  lanes: readonly ActorId[];
  state: SimulationState;
  laneName: (actor: ActorId) => string;
  current: boolean;
  /** Grid row, set explicitly: auto-placement would put two arrows on one row when their lanes do not overlap. */
  row: number;
}

/** Draws one arrow of the sequence diagram, from the sender's lane to the receiver's. */
export function DiagramRow({ message, lanes, state, laneName, current, row }: DiagramRowProps) {
  const from = lanes.indexOf(message.from);
  const to = lanes.indexOf(message.to);
  const first = Math.min(from, to);
  const last = Math.max(from, to);
  const span = last - first + 1;
  const self = from === to;
  const exchange = message.kind === 'action' ? undefined : state.exchanges.find((candidate) => candidate.id === message.exchangeId);
  const status = message.kind === 'response' ? exchange?.response?.status : undefined;

  return (
    <li
      data-testid="diagram-message"
      data-kind={message.kind}
      data-from={message.from}
      data-to={message.to}
      data-status={status ?? ''}
      data-animate={current ? 'true' : 'false'}
      className={`relative py-1.5 ${current ? '' : 'opacity-60'}`}
      style={{ gridColumn: `${first + 1} / ${last + 2}`, gridRow: row }}
    >
      <div className="flex justify-center px-1">
        <RowLabel message={message} state={state} laneName={laneName} />
      </div>
      {self ? (
        <div aria-hidden="true" className="mx-auto mt-1 h-1 w-10 rounded bg-slate-400 dark:bg-slate-500" />
      ) : (
        <div
          aria-hidden="true"
          className="relative mt-1 h-0.5"
          style={{ marginLeft: `${50 / span}%`, marginRight: `${50 / span}%` }}
        >
          <div className={`absolute inset-0 ${lineColor(message, status)} ${message.kind === 'action' ? 'border-t-2 border-dashed bg-transparent' : ''}`} />
          <span className={`absolute -top-[7px] text-sm leading-none ${from < to ? '-right-1' : '-left-1'} ${arrowColor(message, status)}`}>
            {from < to ? '▶' : '◀'}
          </span>
          <span data-dot={from < to ? 'right' : 'left'} className="absolute -top-1 h-2.5 w-2.5 -translate-x-1/2 rounded-full bg-sky-500 opacity-0" />
        </div>
      )}
    </li>
  );
}

function RowLabel({ message, state, laneName }: { message: DiagramMessage; state: SimulationState; laneName: (actor: ActorId) => string }) {
  const messages = useMessages(lifecycleMessages).diagram;
  const exchangeText = useMessages(exchangeMessages);
  const selectExchange = useLifecycleStore((store) => store.selectExchange);
  const route = format(messages.arrow, { from: laneName(message.from), to: laneName(message.to), label: '' }).trim();

  if (message.kind === 'action') {
    const label = exchangeText.actions[message.action];
    return (
      <span className={`rounded bg-slate-100 px-2 py-0.5 text-center text-xs dark:bg-slate-800 ${message.ok ? '' : 'font-semibold text-red-800 dark:text-red-300'}`}>
        <span className="sr-only">{route} </span>
        {message.ok ? label : format(exchangeText.failed, { action: label })}
      </span>
    );
  }

  const exchange = state.exchanges.find((candidate) => candidate.id === message.exchangeId);
  if (exchange === undefined) return null;
  const text = message.kind === 'request' ? `${exchange.request.method} ${exchange.request.path}` : statusLine(exchange.response?.status);

  return (
    <button
      type="button"
      onClick={() => selectExchange(exchange.id)}
      className="rounded px-1.5 py-0.5 text-center font-mono text-xs font-semibold text-slate-900 underline decoration-dotted underline-offset-2 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      <span className="sr-only">{route} </span>
      {text}
    </button>
  );
}

function lineColor(message: DiagramMessage, status: number | undefined): string {
  if (message.kind === 'action') return message.ok ? 'border-slate-500' : 'border-red-600';
  if (status !== undefined && status >= 400) return 'bg-red-600 dark:bg-red-400';
  if (message.kind === 'response') return 'bg-emerald-600 dark:bg-emerald-400';
  return 'bg-slate-700 dark:bg-slate-300';
}

function arrowColor(message: DiagramMessage, status: number | undefined): string {
  if (message.kind === 'action') return message.ok ? 'text-slate-500' : 'text-red-600';
  if (status !== undefined && status >= 400) return 'text-red-600 dark:text-red-400';
  if (message.kind === 'response') return 'text-emerald-600 dark:text-emerald-400';
  return 'text-slate-700 dark:text-slate-300';
}
