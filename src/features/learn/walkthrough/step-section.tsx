import { useId, type ReactNode } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { walkthroughMessages } from './walkthrough-messages';

/** Wraps one numbered step of the walkthrough in a section with its heading and explanation. */
export function StepSection({ step, title, body, children }: { step: number; title: string; body?: string; children: ReactNode }) {
  const messages = useMessages(walkthroughMessages);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h3 id={headingId} className="text-lg font-semibold">
        <span className="mr-2 text-sm font-medium text-slate-600 dark:text-slate-400">{format(messages.step, { n: step })}</span>
        {title}
      </h3>
      {body && <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">{body}</p>}
      {children}
    </section>
  );
}

/** Shows characters that are otherwise invisible, so whitespace in the encoded bytes can be seen. */
export function visibleChar(char: string): string {
  switch (char) {
    case ' ':
      return '␠';
    case '\n':
      return '↵';
    case '\r':
      return '␍';
    case '\t':
      return '⇥';
    default:
      return char;
  }
}
