import { useId, useState } from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import type { IssuedToken } from '../../lifecycle/types';
import { lifecycleMessages } from './messages/ui-messages';

const CHIP =
  'inline-flex min-h-8 items-center gap-1.5 rounded-full border px-2.5 py-0.5 font-mono text-xs font-semibold';

/**
 * A token in the simulation. An access token is a link that opens the JWT in the debugger through
 * the `#token=` fragment, which browsers never send to a server. A refresh token is opaque, so it
 * expands in place to show its value, its stored hash and why only the hash is kept.
 */
export function TokenChip({ token, now }: { token: IssuedToken; now: number }) {
  const expired = now >= token.expiresAt;
  if (token.kind === 'access') return <AccessChip token={token} expired={expired} />;
  return <RefreshChip token={token} expired={expired} />;
}

function AccessChip({ token, expired }: { token: IssuedToken; expired: boolean }) {
  const messages = useMessages(lifecycleMessages).token;
  return (
    <a
      href={`/#token=${token.value}`}
      data-testid="lifecycle-token"
      data-kind="access"
      data-label={token.label}
      data-expired={expired ? 'true' : 'false'}
      aria-label={format(messages.openAccess, { label: token.label })}
      className={`${CHIP} border-sky-600 bg-sky-50 text-sky-900 no-underline hover:bg-sky-100 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100 dark:hover:bg-sky-900`}
    >
      <StatusDot expired={expired} />
      {token.label}
      <span aria-hidden="true">↗</span>
    </a>
  );
}

function RefreshChip({ token, expired }: { token: IssuedToken; expired: boolean }) {
  const messages = useMessages(lifecycleMessages).token;
  const [open, setOpen] = useState(false);
  const panelId = useId();

  return (
    <span className="inline-block max-w-full align-top">
      <button
        type="button"
        data-testid="lifecycle-token"
        data-kind="refresh"
        data-label={token.label}
        data-expired={expired ? 'true' : 'false'}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={format(open ? messages.hideRefresh : messages.showRefresh, { label: token.label })}
        onClick={() => setOpen(!open)}
        className={`${CHIP} border-amber-600 bg-amber-50 text-amber-950 hover:bg-amber-100 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100 dark:hover:bg-amber-900`}
      >
        <StatusDot expired={expired} />
        {token.label}
      </button>
      {open && (
        <span id={panelId} className="mt-1 block rounded-md border border-amber-300 bg-white p-2 text-xs dark:border-amber-700 dark:bg-slate-900">
          <span className="block font-semibold">{messages.refreshValue}</span>
          <code data-testid="refresh-token-value" className="block break-all">{token.value}</code>
          <span className="mt-1 block font-semibold">{messages.refreshHash}</span>
          <code className="block break-all">{token.hash}</code>
          <span className="mt-1 block">{messages.refreshExplain}</span>
        </span>
      )}
    </span>
  );
}

function StatusDot({ expired }: { expired: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block h-2 w-2 rounded-full ${expired ? 'bg-red-600 dark:bg-red-400' : 'bg-emerald-600 dark:bg-emerald-400'}`}
    />
  );
}
