import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import type { ApiServer, DemoState, Side } from './sessions-model';
import { evaluateSession, evaluateToken, presentCredentials } from './sessions-outcomes';
import { sessionsMessages } from './sessions-messages';

/** Shows one side of the demo: a row per credential, a column per server, and each server's response. */
export function OutcomeTable({ state, side }: { state: DemoState; side: Side }) {
  const messages = useMessages(sessionsMessages);
  const evaluate = side === 'session' ? evaluateSession : evaluateToken;
  const credentials = presentCredentials(state, side);

  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{format(messages.tableCaption, { side: messages.sides[side] })}</caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom dark:border-slate-700">
            <th scope="col" className="py-1 pr-2">
              {messages.credentialColumn}
            </th>
            {state.servers.map((server) => (
              <th key={server.id} scope="col" className="min-w-24 px-1 py-1">
                <ServerHeading state={state} server={server} side={side} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {credentials.map((kind) => (
            <tr key={kind} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-1.5 pr-2 font-medium">
                {messages.credentials[side][kind]}
              </th>
              {state.servers.map((server) => {
                const outcome = evaluate(state, server, kind);
                const accepted = outcome.status === 200;
                return (
                  <td
                    key={server.id}
                    data-testid="server-outcome"
                    data-side={side}
                    data-server={server.id}
                    data-credential={kind}
                    data-status={outcome.status}
                    data-reason={outcome.reason}
                    className="px-1 py-1.5 align-top"
                  >
                    <span
                      className={`inline-block rounded px-1.5 font-mono font-semibold ${
                        accepted ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200' : 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200'
                      }`}
                    >
                      {outcome.status}
                    </span>
                    <span className="block text-xs text-slate-700 dark:text-slate-300">{messages.reasons[outcome.reason]}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ServerHeading({ state, server, side }: { state: DemoState; server: ApiServer; side: Side }) {
  const messages = useMessages(sessionsMessages);
  let keyMaterial: string;
  if (side === 'session') {
    keyMaterial =
      state.sessionStorage === 'shared-store'
        ? messages.holds.sessionStore
        : format(messages.holds.sessionMemory, { count: state.serverSessions[server.id]?.length ?? 0 });
  } else {
    keyMaterial =
      state.keyMode === 'shared-secret'
        ? format(messages.holds.secret, { version: state.keyVersion })
        : format(messages.holds.publicKeys, { kids: state.publishedKeys.map((kid) => `k${kid}`).join(', ') });
  }

  return (
    <>
      <span className="block font-semibold">{format(messages.server, { id: server.id })}</span>
      {server.compromised && (
        <span className="block w-fit rounded bg-red-700 px-1 text-xs font-medium text-white dark:bg-red-600">{messages.compromised}</span>
      )}
      <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{keyMaterial}</span>
    </>
  );
}
