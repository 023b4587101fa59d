import { useId, useState, type Dispatch } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { ACCESS_TOKEN_MINUTES, type DemoAction, type DemoState } from './sessions-model';
import { sessionsMessages } from './sessions-messages';

const BUTTON_CLASS =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800';

/** Shows the buttons that drive the scenario. */
export function ActionBar({ state, dispatch }: { state: DemoState; dispatch: Dispatch<DemoAction> }) {
  const messages = useMessages(sessionsMessages);
  const selectId = useId();
  const [chosenServer, setChosenServer] = useState<number | null>(null);
  const loggedIn = state.user.sessionId !== null;
  const target = state.servers.find((server) => server.id === chosenServer) ?? state.servers[0];

  const buttons: { testId: string; label: string; action: DemoAction; disabled?: boolean }[] = [
    { testId: 'sessions-login', label: messages.actions.login, action: { type: 'login' }, disabled: loggedIn },
    { testId: 'sessions-logout', label: messages.actions.logout, action: { type: 'logout' }, disabled: !loggedIn },
    { testId: 'sessions-steal', label: messages.actions.steal, action: { type: 'steal' }, disabled: !loggedIn },
    { testId: 'sessions-add-server', label: messages.actions.addServer, action: { type: 'add-server' } },
    {
      testId: 'sessions-expire',
      label: format(messages.actions.expire, { minutes: ACCESS_TOKEN_MINUTES }),
      action: { type: 'advance-clock', minutes: ACCESS_TOKEN_MINUTES },
    },
    { testId: 'sessions-rotate-key', label: messages.actions.rotate, action: { type: 'rotate-key' } },
    { testId: 'sessions-reset', label: messages.actions.reset, action: { type: 'reset' } },
  ];

  return (
    <div role="group" aria-label={messages.actions.legend} className="flex flex-wrap items-end gap-2">
      {buttons.map((button) => (
        <button key={button.testId} type="button" data-testid={button.testId} disabled={button.disabled} onClick={() => dispatch(button.action)} className={BUTTON_CLASS}>
          {button.label}
        </button>
      ))}
      <div className="flex items-end gap-1">
        <div className="flex flex-col">
          <label htmlFor={selectId} className="text-xs text-slate-600 dark:text-slate-400">
            {messages.actions.compromiseLabel}
          </label>
          <select
            id={selectId}
            data-testid="sessions-compromise-target"
            value={target?.id ?? ''}
            onChange={(event) => setChosenServer(Number(event.target.value))}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
          >
            {state.servers.map((server) => (
              <option key={server.id} value={server.id}>
                {format(messages.server, { id: server.id })}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          data-testid="sessions-compromise"
          disabled={target === undefined || target.compromised}
          onClick={() => target && dispatch({ type: 'compromise', serverId: target.id })}
          className={`${BUTTON_CLASS} border-red-400 text-red-800 dark:border-red-700 dark:text-red-300`}
        >
          {messages.actions.compromise}
        </button>
      </div>
    </div>
  );
}
