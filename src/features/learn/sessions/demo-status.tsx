import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import type { DemoState, Side } from './sessions-model';
import { countTokenSigners } from './sessions-outcomes';
import { sessionsMessages } from './sessions-messages';

/** Lists the server-side state behind one side of the demo: the session store, or the keys and denylist. */
export function SideState({ state, side }: { state: DemoState; side: Side }) {
  const messages = useMessages(sessionsMessages);
  const list = (ids: string[]) => (ids.length === 0 ? messages.status.empty : ids.join(', '));
  const lines: string[] = [];

  if (side === 'session') {
    if (state.sessionStorage === 'shared-store') lines.push(format(messages.status.sessionStore, { ids: list(state.sessionStore) }));
    else for (const server of state.servers) lines.push(format(messages.status.serverMemory, { id: server.id, ids: list(state.serverSessions[server.id] ?? []) }));
  } else {
    lines.push(
      state.keyMode === 'shared-secret'
        ? format(messages.status.secret, { version: state.keyVersion })
        : format(messages.status.jwks, { kids: state.publishedKeys.map((kid) => `k${kid}`).join(', ') }),
    );
    lines.push(format(messages.status.signers, { count: countTokenSigners(state) }));
    if (state.denylistEnabled) lines.push(format(messages.status.denylist, { ids: list(state.denylist) }));
  }

  return (
    <ul className="space-y-0.5 font-mono text-xs text-slate-700 dark:text-slate-300">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** Shows the clock, the user's token expiry and the most recent events, newest first. */
export function EventLog({ state }: { state: DemoState }) {
  const messages = useMessages(sessionsMessages);
  const token = state.user.token;

  return (
    <div className="space-y-2 rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-900">
      <p>
        {format(messages.status.clock, { minutes: state.clock })} ·{' '}
        {token === null ? messages.status.loggedOut : format(messages.status.tokenExpiry, { minutes: token.expiresAt })}
      </p>
      <h4 className="font-semibold">{messages.events.title}</h4>
      <ol aria-live="polite" data-testid="sessions-events" className="list-disc space-y-1 pl-5">
        {state.events.map((event) => (
          <li key={event.id} data-code={event.code}>
            {format(messages.events[event.code], event.params)}
          </li>
        ))}
      </ol>
    </div>
  );
}
