import { format } from '../../i18n/format';
import { useLocale, useMessages } from '../../i18n/use-messages';
import { currentAccessToken, currentRefreshToken } from '../../lifecycle/browser';
import { findIssued } from '../../lifecycle/scenario';
import type { IssuedToken } from '../../lifecycle/types';
import { lifecycleMessages } from './messages/ui-messages';
import { formatDateTime, formatDuration } from './time-format';
import { TokenChip } from './token-chip';
import { useDeviceNow } from './use-device-now';
import { useSimulation } from './use-simulation';

/** Shows progress bars for the life left in the browser's access and refresh tokens at the current virtual time. */
export function TokenLifeBars() {
  const messages = useMessages(lifecycleMessages).bars;
  const simulation = useSimulation();
  if (simulation === null) return null;

  const { state, clock } = simulation;
  const access = findIssued(state, currentAccessToken(state.browser));
  const refresh = findIssued(state, currentRefreshToken(state.browser, clock));
  // A revoked refresh token still has time left on paper, but the server no longer accepts it.
  const revoked = refresh !== undefined && state.refreshTokens.some((row) => row.hash === refresh.hash && row.status === 'revoked');

  return (
    <section aria-labelledby="token-life-title" className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="token-life-title" className="font-semibold">{messages.title}</h2>
      <LifeBar token={access} kind="access" now={clock} revoked={false} />
      <LifeBar token={refresh} kind="refresh" now={clock} revoked={revoked} />
    </section>
  );
}

interface LifeBarProps {
  token: IssuedToken | undefined;
  kind: 'access' | 'refresh';
  now: number;
  revoked: boolean;
}

function LifeBar({ token, kind, now, revoked }: LifeBarProps) {
  const allMessages = useMessages(lifecycleMessages);
  const messages = allMessages.bars;
  const locale = useLocale();
  const deviceNow = useDeviceNow();

  if (token === undefined) {
    return (
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        {format(messages.none, { kind: kind === 'access' ? messages.accessKind : messages.refreshKind })}
      </p>
    );
  }

  const lifetime = token.expiresAt - token.issuedAt;
  const left = token.expiresAt - now;
  const percent = Math.max(0, Math.min(100, (left / lifetime) * 100));
  const label = format(kind === 'access' ? messages.access : messages.refresh, { label: token.label });
  let text = format(messages.left, { duration: formatDuration(left, allMessages.units) });
  if (left <= 0) text = format(messages.expired, { duration: formatDuration(-left, allMessages.units) });
  if (revoked) text = messages.revoked;
  const deviceExpired = deviceNow >= token.expiresAt;

  return (
    <div className="mt-3" data-testid="lifecycle-life" data-kind={kind} data-percent={Math.round(percent)} data-revoked={revoked ? 'true' : 'false'}>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="flex items-center gap-2">
          {label} <TokenChip token={token} now={now} />
        </span>
        <span className="tabular-nums">{text}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(percent)}
        aria-valuetext={text}
        className="mt-1 h-3 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div
          className={`h-full rounded-full ${barColor(kind, revoked)}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      {kind === 'access' && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {format(deviceExpired ? allMessages.token.deviceExpired : allMessages.token.deviceValid, {
            date: formatDateTime(token.expiresAt, locale),
          })}
        </p>
      )}
    </div>
  );
}

function barColor(kind: 'access' | 'refresh', revoked: boolean): string {
  if (revoked) return 'bg-slate-400 dark:bg-slate-500';
  return kind === 'access' ? 'bg-sky-600 dark:bg-sky-400' : 'bg-amber-500 dark:bg-amber-400';
}
