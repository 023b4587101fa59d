import type { Dispatch } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import type { DemoAction, DemoState, KeyMode, SessionStorage } from './sessions-model';
import { sessionsMessages } from './sessions-messages';

/** Sets where sessions live, how tokens are checked, and whether servers check a denylist. */
export function SetupControls({ state, dispatch }: { state: DemoState; dispatch: Dispatch<DemoAction> }) {
  const messages = useMessages(sessionsMessages);
  const storageOptions: [SessionStorage, string][] = [
    ['shared-store', messages.setup.sharedStore],
    ['server-memory', messages.setup.serverMemory],
  ];
  const keyOptions: [KeyMode, string][] = [
    ['shared-secret', messages.setup.sharedSecret],
    ['key-pair', messages.setup.keyPair],
  ];

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-semibold">{messages.setup.legend}</legend>
      <div className="grid gap-3 md:grid-cols-2">
        <fieldset>
          <legend className="text-sm font-medium">{messages.setup.storageLegend}</legend>
          {storageOptions.map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="sessions-storage"
                value={value}
                data-testid="sessions-storage"
                checked={state.sessionStorage === value}
                onChange={() => dispatch({ type: 'configure', sessionStorage: value })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium">{messages.setup.keyLegend}</legend>
          {keyOptions.map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="sessions-key-mode"
                value={value}
                data-testid="sessions-key-mode"
                checked={state.keyMode === value}
                onChange={() => dispatch({ type: 'configure', keyMode: value })}
              />
              {label}
            </label>
          ))}
        </fieldset>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          data-testid="sessions-denylist"
          checked={state.denylistEnabled}
          onChange={(event) => dispatch({ type: 'configure', denylistEnabled: event.target.checked })}
        />
        {messages.setup.denylist}
      </label>
    </fieldset>
  );
}
