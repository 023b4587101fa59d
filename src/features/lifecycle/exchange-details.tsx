import { useEffect, useRef } from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import type { HttpHeader, HttpExchange, SimulationState } from '../../lifecycle/types';
import { useLifecycleStore } from './lifecycle-store';
import { exchangeMessages } from './messages/exchange-messages';
import { lifecycleMessages } from './messages/ui-messages';
import { statusLine } from './status-line';
import { TokenChip } from './token-chip';
import { useSimulation } from './use-simulation';

/** Shows the full request and response of the selected exchange, with the tokens it carries. */
export function ExchangeDetails() {
  const messages = useMessages(lifecycleMessages).details;
  const exchangeText = useMessages(exchangeMessages);
  const selectedId = useLifecycleStore((state) => state.selectedExchangeId);
  const selectExchange = useLifecycleStore((state) => state.selectExchange);
  const heading = useRef<HTMLHeadingElement>(null);
  const simulation = useSimulation();
  const exchange = simulation?.state.exchanges.find((candidate) => candidate.id === selectedId);

  useEffect(() => {
    // Focus moves to the heading so that keyboard and screen reader users land on the opened details.
    if (selectedId !== null) heading.current?.focus();
  }, [selectedId]);

  if (simulation === null || exchange === undefined) return null;
  const { state, clock } = simulation;
  const tokens = tokensIn(state, exchange);

  return (
    <section aria-labelledby="exchange-title" data-testid="lifecycle-exchange" data-status={exchange.response?.status ?? 'pending'} className="rounded-lg border border-sky-300 p-4 dark:border-sky-800">
      <div className="flex items-start justify-between gap-2">
        <div>
          <h2 id="exchange-title" ref={heading} tabIndex={-1} className="font-semibold">
            {messages.title}: {exchange.request.method} {exchange.request.path}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {format(messages.fromTo, { from: exchangeText.actors[exchange.from], to: exchangeText.actors[exchange.to], step: exchange.requestStep })}
          </p>
        </div>
        <button type="button" onClick={() => selectExchange(null)} className="min-h-10 rounded-md border border-slate-300 px-3 text-sm dark:border-slate-600">
          {messages.close}
        </button>
      </div>

      <h3 className="mt-3 text-sm font-semibold">{messages.request}</h3>
      <HttpMessage firstLine={`${exchange.request.method} ${exchange.request.path} HTTP/1.1`} headers={exchange.request.headers} body={exchange.request.body} />

      <h3 className="mt-3 text-sm font-semibold">{messages.response}</h3>
      {exchange.response === undefined ? (
        <p className="text-sm">{messages.noResponse}</p>
      ) : (
        <HttpMessage firstLine={`HTTP/1.1 ${statusLine(exchange.response.status)}`} headers={exchange.response.headers} body={exchange.response.body} />
      )}

      {exchange.outcome !== undefined && exchange.response !== undefined && (
        <p className="mt-2 text-sm">
          <span className="font-semibold">{messages.outcome}: </span>
          {exchangeText.outcomes[exchange.outcome]}
        </p>
      )}

      {tokens.length > 0 && (
        <div className="mt-3">
          <h3 className="text-sm font-semibold">{messages.tokens}</h3>
          <div className="mt-1 flex flex-wrap gap-2">
            {tokens.map((token) => (
              <TokenChip key={token.label} token={token} now={clock} />
            ))}
          </div>
        </div>
      )}
    </section>
  );
}

function HttpMessage({ firstLine, headers, body }: { firstLine: string; headers: readonly HttpHeader[]; body: string | undefined }) {
  const messages = useMessages(lifecycleMessages).details;
  return (
    <pre className="mt-1 overflow-x-auto whitespace-pre-wrap break-all rounded-md bg-slate-100 p-2 font-mono text-xs text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <span className="font-semibold">{firstLine}</span>
      {'\n'}
      {headers.map(([name, value]) => `${name}: ${value}`).join('\n')}
      {'\n\n'}
      {body === undefined || body === '' ? messages.noBody : body}
    </pre>
  );
}

function tokensIn(state: SimulationState, exchange: HttpExchange) {
  const text = [exchange.request, exchange.response]
    .flatMap((message) => (message === undefined ? [] : [...message.headers.map(([, value]) => value), message.body ?? '']))
    .join('\n');
  return state.issued.filter((token) => text.includes(token.value));
}
