import { memo, useId, useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { format } from '../../i18n/format';
import type { DecodedToken } from '../../jwt/decode';
import { buildShareLink } from '../../jwt/fragment';
import { SAMPLE_TOKEN } from '../../jwt/samples';
import { useDebuggerStore } from './debugger-store';
import { debuggerMessages } from './messages';
import { TokenParts } from './token-parts';

// Shared by the textarea and the coloured layer behind it, so that both wrap at the same characters.
const EDITOR_TEXT = 'font-mono text-sm leading-6 whitespace-pre-wrap break-all p-3';

/**
 * Renders the encoded-token editor. While the input is already a clean token, a layer behind a
 * transparent textarea colours its segments in place. When the input had to be cleaned, the cleaned
 * token is shown coloured below it instead, so the colours always match what was decoded.
 */
export const TokenEditor = memo(function TokenEditor({ decoded }: { decoded: DecodedToken }) {
  const messages = useMessages(debuggerMessages);
  const input = useDebuggerStore((state) => state.input);
  const setInput = useDebuggerStore((state) => state.setInput);
  const backdrop = useRef<HTMLDivElement>(null);
  const inputId = useId();
  const colourInPlace = decoded.normalization.length === 0 && decoded.token === input && decoded.errors.every((error) => error.code !== 'too-large');

  return (
    <section aria-labelledby={`${inputId}-label`} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <label id={`${inputId}-label`} htmlFor={inputId} className="text-lg font-semibold">
          {messages.encoded.label}
        </label>
        <span className="text-xs text-slate-600 dark:text-slate-400">{format(messages.encoded.length, { length: input.length })}</span>
      </div>

      <div className="relative rounded-lg border border-slate-300 bg-white focus-within:border-sky-600 dark:border-slate-700 dark:bg-slate-900">
        {colourInPlace && (
          <div ref={backdrop} aria-hidden="true" className={`pointer-events-none absolute inset-0 overflow-hidden ${EDITOR_TEXT}`}>
            <TokenParts decoded={decoded} />
          </div>
        )}
        <textarea
          id={inputId}
          data-testid="token-input"
          value={input}
          onChange={(event) => setInput(event.target.value)}
          onScroll={(event) => {
            if (backdrop.current !== null) backdrop.current.scrollTop = event.currentTarget.scrollTop;
          }}
          placeholder={messages.encoded.placeholder}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          rows={9}
          className={`relative block min-h-56 w-full resize-y rounded-lg bg-transparent outline-none ${EDITOR_TEXT} ${
            colourInPlace ? 'text-transparent caret-slate-900 selection:bg-sky-200 selection:text-slate-900 dark:caret-slate-100 dark:selection:bg-sky-800 dark:selection:text-white' : ''
          }`}
        />
      </div>

      {!colourInPlace && decoded.token !== '' && decoded.segments.length > 0 && (
        <div className="rounded-lg border border-dashed border-slate-300 p-3 dark:border-slate-700">
          <p className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-400">{messages.encoded.cleanedTitle}</p>
          <p className={`${EDITOR_TEXT} p-0`}>
            <TokenParts decoded={decoded} />
          </p>
        </div>
      )}

      <TokenActions token={decoded.token} />
    </section>
  );
});

function TokenActions({ token }: { token: string }) {
  const messages = useMessages(debuggerMessages);
  const setInput = useDebuggerStore((state) => state.setInput);
  const rememberToken = useDebuggerStore((state) => state.rememberToken);
  const setRememberToken = useDebuggerStore((state) => state.setRememberToken);
  const [shareStatus, setShareStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const rememberId = useId();
  const link = buildShareLink(window.location.origin, '/', token);

  const share = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setShareStatus('copied');
    } catch {
      // Clipboard access can be refused (permissions, insecure origin); show the link to copy by hand.
      setShareStatus('failed');
    }
  };

  const button = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800';
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => setInput(SAMPLE_TOKEN)}>
          {messages.encoded.sample}
        </button>
        <button type="button" className={button} onClick={() => setInput('')}>
          {messages.encoded.clear}
        </button>
        <button type="button" data-testid="share-link" className={button} disabled={token === ''} onClick={share} data-link={link}>
          {messages.share.button}
        </button>
      </div>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {shareStatus === 'copied' && messages.share.copied}
        {shareStatus === 'failed' && format(messages.share.failed, { link })}
      </p>
      <div className="flex items-start gap-2 text-sm">
        <input id={rememberId} type="checkbox" data-testid="remember-token" checked={rememberToken} onChange={(event) => setRememberToken(event.target.checked)} className="mt-1" />
        <label htmlFor={rememberId}>
          <span className="font-medium">{messages.remember.label}</span>
          <span className="block text-slate-600 dark:text-slate-400">{messages.remember.hint}</span>
        </label>
      </div>
    </div>
  );
}
