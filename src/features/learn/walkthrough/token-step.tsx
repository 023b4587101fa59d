import { useId, useState, type ReactNode } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { EncodedGroups } from './encoded-groups';
import { isLit, isPinned, LIT_CLASS, PART_TEXT_CLASS, pieceAttributes, useHighlight, type SegmentPart } from './highlight';
import { StepSection } from './step-section';
import type { Walkthrough } from './use-walkthrough';
import { walkthroughMessages } from './walkthrough-messages';

type CopyState = 'idle' | 'copied' | 'failed';

/** Step 6: the finished compact token, a copy button and a link that opens it in the debugger. */
export function TokenStep({ walkthrough }: { walkthrough: Walkthrough }) {
  const messages = useMessages(walkthroughMessages);
  const [copyState, setCopyState] = useState<{ token: string; state: CopyState }>({ token: '', state: 'idle' });
  const labelId = useId();
  const { layout, header, payload, signature, alg } = walkthrough;

  if (layout === null || !header.ok || !payload.ok || signature.status !== 'done') {
    return (
      <StepSection step={6} title={messages.token.title} body={messages.token.body}>
        <p className="text-sm text-slate-600 dark:text-slate-400">{messages.token.waiting}</p>
      </StepSection>
    );
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(layout.token);
      setCopyState({ token: layout.token, state: 'copied' });
    } catch {
      setCopyState({ token: layout.token, state: 'failed' });
    }
  };
  const shownCopyState = copyState.token === layout.token ? copyState.state : 'idle';

  return (
    <StepSection step={6} title={messages.token.title} body={messages.token.body}>
      <p id={labelId} className="text-sm font-medium">
        {messages.token.tokenLabel}
      </p>
      <div role="group" aria-labelledby={labelId} data-testid="walkthrough-token" data-token={layout.token} className="font-mono text-sm break-all">
        <TokenPart part="header" label={messages.parts.header}>
          <EncodedGroups part="header" groups={header.value.groups} />
        </TokenPart>
        .
        <TokenPart part="payload" label={messages.parts.payload}>
          <EncodedGroups part="payload" groups={payload.value.groups} />
        </TokenPart>
        .
        <TokenPart part="signature" label={messages.parts.signature}>
          <EncodedGroups part="signature" groups={signature.value.groups} />
        </TokenPart>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">{format(messages.token.length, { count: layout.token.length })}</p>

      <div className="flex flex-wrap items-center gap-3">
        <a
          href={`/#token=${layout.token}`}
          data-testid="walkthrough-open-debugger"
          className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800"
        >
          {messages.token.openInDebugger}
        </a>
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {messages.token.copy}
        </button>
        <span role="status" className="text-sm">
          {shownCopyState === 'copied' && messages.token.copied}
          {shownCopyState === 'failed' && messages.token.copyFailed}
        </span>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {alg === 'HS256' ? messages.token.debuggerNoteHmac : messages.token.debuggerNoteAsymmetric}
        {alg === 'HS256' && walkthrough.secretEncoding === 'base64url' && ` ${messages.token.debuggerNoteBase64}`}
      </p>
    </StepSection>
  );
}

/** Shows one segment of the token as a button. Focusing it highlights that segment in every step. */
function TokenPart({ part, label, children }: { part: SegmentPart; label: string; children: ReactNode }) {
  const { active, pinned } = useHighlight();
  const wholeLit = isLit(active, part) && active?.group === null;
  return (
    <button
      type="button"
      {...pieceAttributes(part)}
      aria-pressed={isPinned(pinned, part)}
      aria-label={label}
      data-lit={wholeLit || undefined}
      className={`inline break-all text-left ${PART_TEXT_CLASS[part]} ${wholeLit ? LIT_CLASS : ''}`}
    >
      {children}
    </button>
  );
}
