import { format } from '../../i18n/format';
import { useLocale, useMessages } from '../../i18n/use-messages';
import { lifecycleMessages } from './messages/ui-messages';
import { formatDateTime } from './time-format';
import { useSimulation } from './use-simulation';

/** The auth server's refresh token table (hashes only) and, when enabled, the API's jti denylist. */
export function TokenStoreTable() {
  const messages = useMessages(lifecycleMessages).store;
  const locale = useLocale();
  const simulation = useSimulation();
  if (simulation === null || !simulation.scenario.actors.includes('auth')) return null;

  const { state, clock } = simulation;

  return (
    <section aria-labelledby="token-store-title" className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="token-store-title" className="font-semibold">{messages.title}</h2>
      {state.refreshTokens.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{messages.empty}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table data-testid="lifecycle-store" className="w-full text-left text-xs">
            <caption className="pb-2 text-left text-slate-600 dark:text-slate-400">{messages.caption}</caption>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                <th scope="col" className="py-1 pr-2">{messages.hash}</th>
                <th scope="col" className="py-1 pr-2">{messages.family}</th>
                <th scope="col" className="py-1 pr-2">{messages.status}</th>
                <th scope="col" className="py-1">{messages.expires}</th>
              </tr>
            </thead>
            <tbody>
              {state.refreshTokens.map((row) => {
                const status = row.status === 'active' && clock >= row.expiresAt ? 'expired' : row.status;
                return (
                  <tr key={row.hash} data-testid="store-row" data-status={status} className="border-b border-slate-100 dark:border-slate-800">
                    <td className="py-1 pr-2 font-mono" title={row.hash}>{row.hash.slice(0, 12)}…</td>
                    <td className="py-1 pr-2">{row.familyId}</td>
                    <td className="py-1 pr-2">{messages.statuses[status]}</td>
                    <td className="py-1 tabular-nums">{formatDateTime(row.expiresAt, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {state.config.denylist && (
        <div className="mt-3 text-sm">
          <h3 className="font-semibold">{messages.denylist}</h3>
          {state.denylist.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">{messages.denylistEmpty}</p>
          ) : (
            <ul>
              {state.denylist.map((entry) => (
                <li key={entry.jti} className="font-mono text-xs">
                  {entry.jti.slice(0, 12)}… {format(messages.until, { date: formatDateTime(entry.expiresAt, locale) })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
