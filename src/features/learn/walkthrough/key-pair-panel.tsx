import { useId, useState } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import type { Walkthrough } from './use-walkthrough';
import { walkthroughMessages } from './walkthrough-messages';

const BUTTON_CLASS =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800';

/** Shows the in-page key pair for RS256 or ES256. Only the public half is shown, as a JWK. */
export function KeyPairPanel({ walkthrough }: { walkthrough: Walkthrough }) {
  const messages = useMessages(walkthroughMessages);
  const labelId = useId();
  const { keyPair } = walkthrough;
  const [copied, setCopied] = useState<{ kid: string; ok: boolean } | null>(null);
  const publicJwkText = keyPair.status === 'done' ? JSON.stringify(keyPair.value.publicJwk, null, 2) : '';
  const kid = keyPair.status === 'done' ? keyPair.value.publicJwk.kid : '';

  const copyPublicKey = async () => {
    try {
      await navigator.clipboard.writeText(publicJwkText);
      setCopied({ kid, ok: true });
    } catch {
      setCopied({ kid, ok: false });
    }
  };
  const copyStatus = copied?.kid === kid ? copied : null;

  return (
    <div className="space-y-2">
      {keyPair.status === 'pending' && <p className="text-sm text-slate-600 dark:text-slate-400">{messages.sign.generating}</p>}
      {keyPair.status === 'error' && (
        <p className="text-sm text-red-700 dark:text-red-300">{format(messages.sign.keyFailed, { message: keyPair.message })}</p>
      )}
      {keyPair.status === 'done' && (
        <>
          <p id={labelId} className="text-sm font-medium">
            {messages.sign.publicKeyLabel}
          </p>
          <pre
            aria-labelledby={labelId}
            data-testid="walkthrough-public-jwk"
            tabIndex={0}
            className="max-h-48 overflow-auto rounded-md bg-slate-50 p-2 font-mono text-xs break-all whitespace-pre-wrap dark:bg-slate-900"
          >
            {publicJwkText}
          </pre>
          <div className="flex flex-wrap items-center gap-2">
            <button type="button" onClick={() => void copyPublicKey()} className={BUTTON_CLASS}>
              {messages.sign.copyPublicKey}
            </button>
            <span role="status" className="text-sm">
              {copyStatus?.ok === true && messages.sign.publicKeyCopied}
              {copyStatus?.ok === false && messages.sign.copyFailed}
            </span>
          </div>
        </>
      )}
      <button type="button" onClick={walkthrough.regenerateKeyPair} disabled={keyPair.status === 'pending'} className={BUTTON_CLASS}>
        {messages.sign.newKeyPair}
      </button>
    </div>
  );
}
