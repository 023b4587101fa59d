import { useEffect, useId, useRef, useState } from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { encodeBase64urlText } from '../../jwt/base64url';
import { encodeJsonSegment, replaceSegment, type EditablePart } from '../../jwt/encode';
import type { JsonError } from '../../jwt/json';
import { useDebuggerStore } from './debugger-store';
import { debuggerMessages, type DebuggerMessages } from './messages';

export interface JsonPaneProps {
  part: EditablePart;
  title: string;
  subtitle: string;
  /** The text to show: pretty-printed JSON, or the payload text when it is not JSON. */
  text: string;
  /** Edit mode: JSON (validated and compacted), plain text, or no editing. */
  mode: 'json' | 'text' | 'read-only';
  /** The cleaned token the pane belongs to, and this part's segment in it. */
  token: string;
  segment: string;
  /** The decoded text before pretty-printing, offered when it differs from `text`. */
  rawText?: string;
  note?: string;
  frameClass: string;
}

/**
 * An editable view of the decoded header or payload. Valid edits re-encode the token at once and
 * keep the old signature, which the signature panel then re-signs. While the JSON is invalid the
 * draft stays in the editor and the token is left as it was.
 */
export function JsonPane({ part, title, subtitle, text, mode, token, segment, rawText, note, frameClass }: JsonPaneProps) {
  const messages = useMessages(debuggerMessages);
  const applyEdit = useDebuggerStore((state) => state.applyEdit);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<JsonError | null>(null);
  const producedSegment = useRef<string | null>(null);
  const id = useId();

  // A change from outside (a new token pasted) replaces the draft. A re-sign changes only the
  // signature, so it keeps the draft and typing is not interrupted.
  useEffect(() => {
    if (segment !== producedSegment.current) {
      setDraft(null);
      setError(null);
      producedSegment.current = null;
    }
  }, [segment]);

  const handleChange = (next: string) => {
    setDraft(next);
    const encoded = mode === 'json' ? encodeJsonSegment(next) : { ok: true as const, value: encodeBase64urlText(next) };
    if (!encoded.ok) {
      setError(encoded.error);
      return;
    }
    setError(null);
    producedSegment.current = encoded.value;
    applyEdit(replaceSegment(token, part, encoded.value));
  };

  return (
    <section aria-labelledby={`${id}-title`} className={`rounded-lg border-l-4 bg-white p-3 shadow-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800 ${frameClass}`}>
      <div className="mb-2 flex flex-wrap items-baseline gap-x-2">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          {title}
        </h2>
        <span className="text-xs text-slate-600 dark:text-slate-400">{subtitle}</span>
      </div>
      <label htmlFor={id} className="sr-only">
        {title}
      </label>
      <textarea
        id={id}
        data-testid={`${part}-json`}
        value={draft ?? text}
        readOnly={mode === 'read-only'}
        onChange={(event) => handleChange(event.target.value)}
        onBlur={() => {
          if (error === null) setDraft(null);
        }}
        spellCheck={false}
        rows={Math.min(18, Math.max(3, (draft ?? text).split('\n').length + 1))}
        aria-invalid={error !== null}
        aria-describedby={`${id}-hint`}
        className="block w-full resize-y rounded-md border border-slate-200 bg-slate-50 p-2 font-mono text-sm leading-6 dark:border-slate-700 dark:bg-slate-950"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {error !== null ? <EditError error={error} messages={messages} /> : (note ?? (mode === 'read-only' ? '' : messages.decoded.editHint))}
      </p>
      {rawText !== undefined && rawText !== text && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-slate-700 dark:text-slate-300">{messages.decoded.rawTitle}</summary>
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{messages.decoded.rawHint}</p>
          <pre data-testid={`${part}-raw`} className="mt-1 overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-950">
            {visibleWhitespace(rawText)}
          </pre>
        </details>
      )}
    </section>
  );
}

function EditError({ error, messages }: { error: JsonError; messages: DebuggerMessages }) {
  return (
    <span role="alert" className="text-red-700 dark:text-red-300">
      {format(messages.decoded.editInvalid, { reason: messages.jsonReasons[error.reason], line: error.line, column: error.column })}
    </span>
  );
}

/** Shows CR and LF as visible marks, because they matter to the signature. */
function visibleWhitespace(text: string): string {
  return text.replace(/\r\n/g, '␍␊\n').replace(/(?<!␍␊)\n/g, '␊\n').replace(/\r(?!␊)/g, '␍');
}
