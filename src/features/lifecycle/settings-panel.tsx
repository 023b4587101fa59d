import { useState } from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { findConfigProblems } from '../../lifecycle/config';
import { DAY, MINUTE } from '../../lifecycle/scenario';
import type { StorageMode } from '../../lifecycle/types';
import { useLifecycleStore } from './lifecycle-store';
import { lifecycleMessages } from './messages/ui-messages';
import { useSimulation } from './use-simulation';

const INPUT = 'min-h-10 w-28 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900';

/** Renders the storage mode, rotation, denylist and lifetime settings. A valid change replays the scenario to the current step. */
export function SettingsPanel() {
  const allMessages = useMessages(lifecycleMessages);
  const messages = allMessages.settings;
  const settings = useLifecycleStore((state) => state.settings);
  const updateSettings = useLifecycleStore((state) => state.updateSettings);
  const simulation = useSimulation();
  const [accessMinutes, setAccessMinutes] = useState(String(settings.accessTokenLifetime / MINUTE));
  const [refreshDays, setRefreshDays] = useState(String(settings.refreshTokenLifetime / DAY));

  const lifetimes = { accessTokenLifetime: Number(accessMinutes) * MINUTE, refreshTokenLifetime: Number(refreshDays) * DAY };
  const problems = accessMinutes.trim() === '' || refreshDays.trim() === '' ? [] : findConfigProblems(lifetimes);
  const overrides = simulation?.scenario.overrides ?? {};
  // A setting the scenario fixes shows the value in force and cannot be changed here.
  const shown = { ...settings, ...overrides };
  const fixed = [
    overrides.storage !== undefined && messages.storage,
    overrides.rotation !== undefined && messages.rotation,
    overrides.denylist !== undefined && messages.denylist,
  ].filter((name) => typeof name === 'string');

  const applyLifetimes = () => {
    if (problems.length > 0 || accessMinutes.trim() === '' || refreshDays.trim() === '') return;
    if (lifetimes.accessTokenLifetime === settings.accessTokenLifetime && lifetimes.refreshTokenLifetime === settings.refreshTokenLifetime) return;
    updateSettings(lifetimes);
  };

  return (
    <section aria-labelledby="settings-title" className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-700">
      <h2 id="settings-title" className="font-semibold">{messages.title}</h2>
      <fieldset className="mt-2">
        <legend className="font-medium">{messages.storage}</legend>
        {(['local-storage', 'http-only-cookie'] as const satisfies readonly StorageMode[]).map((mode) => (
          <label key={mode} className="mt-1 flex items-center gap-2">
            <input
              type="radio"
              name="lifecycle-storage"
              value={mode}
              data-testid={`storage-${mode}`}
              checked={shown.storage === mode}
              disabled={overrides.storage !== undefined}
              onChange={() => updateSettings({ storage: mode })}
              className="h-4 w-4"
            />
            {mode === 'local-storage' ? messages.storageLocal : messages.storageCookie}
          </label>
        ))}
      </fieldset>
      <label className="mt-3 flex items-center gap-2">
        <input type="checkbox" data-testid="setting-rotation" checked={shown.rotation} disabled={overrides.rotation !== undefined} onChange={(event) => updateSettings({ rotation: event.target.checked })} className="h-4 w-4" />
        {messages.rotation}
      </label>
      <label className="mt-1 flex items-center gap-2">
        <input type="checkbox" data-testid="setting-denylist" checked={shown.denylist} disabled={overrides.denylist !== undefined} onChange={(event) => updateSettings({ denylist: event.target.checked })} className="h-4 w-4" />
        {messages.denylist}
      </label>
      <div className="mt-3 flex flex-wrap gap-4">
        <label className="flex flex-col gap-1">
          {messages.accessLifetime}
          <input
            type="number"
            inputMode="decimal"
            min={5}
            max={1440}
            data-testid="setting-access-lifetime"
            value={accessMinutes}
            onChange={(event) => setAccessMinutes(event.target.value)}
            onBlur={applyLifetimes}
            onKeyDown={(event) => event.key === 'Enter' && applyLifetimes()}
            aria-invalid={problems.includes('access-lifetime-range')}
            aria-describedby="lifetime-problems"
            className={INPUT}
          />
        </label>
        <label className="flex flex-col gap-1">
          {messages.refreshLifetime}
          <input
            type="number"
            inputMode="decimal"
            min={0.05}
            max={365}
            step="any"
            data-testid="setting-refresh-lifetime"
            value={refreshDays}
            onChange={(event) => setRefreshDays(event.target.value)}
            onBlur={applyLifetimes}
            onKeyDown={(event) => event.key === 'Enter' && applyLifetimes()}
            aria-invalid={problems.includes('refresh-lifetime-range') || problems.includes('refresh-not-longer')}
            aria-describedby="lifetime-problems"
            className={INPUT}
          />
        </label>
      </div>
      <ul id="lifetime-problems" role="alert" className="mt-2 text-red-800 dark:text-red-300">
        {problems.map((problem) => (
          <li key={problem}>{messages.problems[problem]}</li>
        ))}
      </ul>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{messages.restart}</p>
      {fixed.length > 0 && <p className="mt-1 text-slate-600 dark:text-slate-400">{format(messages.fixed, { settings: fixed.join(', ') })}</p>}
    </section>
  );
}
