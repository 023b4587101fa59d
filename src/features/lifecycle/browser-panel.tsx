import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { findIssued } from '../../lifecycle/scenario';
import type { SimulationState } from '../../lifecycle/types';
import { lifecycleMessages } from './messages/ui-messages';
import { TokenChip } from './token-chip';
import { useSimulation } from './use-simulation';
import { XssPanel } from './xss-panel';

const PANEL = 'rounded-lg border border-slate-200 p-4 dark:border-slate-700';
const SLOT_TITLE = 'text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400';

/** The browser's three places for tokens: memory, the cookie jar and local storage, plus the XSS check. */
export function BrowserPanel() {
  const messages = useMessages(lifecycleMessages).browser;
  const simulation = useSimulation();
  if (simulation === null) return null;

  const { state, clock } = simulation;
  const { browser } = state;
  const cookies = browser.cookies.filter((cookie) => cookie.expiresAt > clock);
  const storageEntries = Object.entries(browser.localStorage);

  return (
    <section aria-labelledby="browser-panel-title" data-testid="lifecycle-browser" data-screen={browser.screen} className={PANEL}>
      <h2 id="browser-panel-title" className="font-semibold">{messages.title}</h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {format(messages.screen, { screen: browser.screen === 'app' ? messages.screenApp : messages.screenLogin })}
      </p>
      <dl className="mt-3 space-y-3 text-sm">
        <div data-testid="browser-memory">
          <dt className={SLOT_TITLE}>{messages.memory}</dt>
          <dd className="mt-1">
            {browser.memory.accessToken === undefined ? <Empty /> : <TokenValue state={state} value={browser.memory.accessToken} now={clock} name="accessToken" />}
          </dd>
        </div>
        <div data-testid="browser-cookies">
          <dt className={SLOT_TITLE}>{messages.cookies}</dt>
          <dd className="mt-1 space-y-1">
            {cookies.length === 0 && <Empty />}
            {cookies.map((cookie) => (
              <div key={`${cookie.name}${cookie.path}`}>
                <TokenValue state={state} value={cookie.value} now={clock} name={cookie.name} />
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  Path={cookie.path}; {cookie.httpOnly ? 'HttpOnly; ' : ''}
                  {cookie.secure ? 'Secure; ' : ''}SameSite={cookie.sameSite} · {cookie.httpOnly ? messages.httpOnly : messages.readable}
                </p>
              </div>
            ))}
          </dd>
        </div>
        <div data-testid="browser-local-storage">
          <dt className={SLOT_TITLE}>{messages.localStorage}</dt>
          <dd className="mt-1 space-y-1">
            {storageEntries.length === 0 && <Empty />}
            {storageEntries.map(([name, value]) => (
              <TokenValue key={name} state={state} value={value} now={clock} name={name} />
            ))}
          </dd>
        </div>
      </dl>
      <XssPanel />
    </section>
  );
}

/** Shows a stored value under its storage name, as a token chip when the simulation issued it. */
export function TokenValue({ state, value, now, name }: { state: SimulationState; value: string; now: number; name: string }) {
  const token = findIssued(state, value);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <code className="text-xs">{name}</code>
      {token === undefined ? <code className="break-all text-xs">{value}</code> : <TokenChip token={token} now={now} />}
    </div>
  );
}

function Empty() {
  const messages = useMessages(lifecycleMessages).browser;
  return <span className="text-slate-600 italic dark:text-slate-400">{messages.empty}</span>;
}
