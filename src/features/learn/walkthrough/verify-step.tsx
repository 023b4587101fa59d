import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { KeyComparison } from './key-comparison';
import { StepSection } from './step-section';
import type { Walkthrough } from './use-walkthrough';
import { walkthroughMessages } from './walkthrough-messages';

/** Step 7: what a server does with the token, and why a tampered payload fails. */
export function VerifyStep({ walkthrough }: { walkthrough: Walkthrough }) {
  const messages = useMessages(walkthroughMessages);
  const { alg, verification } = walkthrough;
  if (alg === null) return null;

  return (
    <StepSection step={7} title={messages.verify.title} body={alg === 'HS256' ? messages.verify.hmacBody : messages.verify.asymmetricBody}>
      {verification.status === 'pending' && <p className="text-sm text-slate-600 dark:text-slate-400">{messages.verify.pending}</p>}
      {verification.status === 'done' && (
        <ul className="space-y-2 text-sm">
          <VerifyRow testId="walkthrough-verify-original" label={messages.verify.original} valid={verification.value.original} />
          <VerifyRow
            testId="walkthrough-verify-tampered"
            label={format(messages.verify.tampered, { role: verification.value.tamperedRole })}
            valid={verification.value.tampered}
          />
        </ul>
      )}
      <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">{messages.verify.algPinned}</p>
      <KeyComparison />
    </StepSection>
  );
}

function VerifyRow({ testId, label, valid }: { testId: string; label: string; valid: boolean }) {
  const messages = useMessages(walkthroughMessages);
  return (
    <li data-testid={testId} data-status={valid ? 'valid' : 'invalid'} className="flex flex-wrap items-center gap-2">
      <span
        className={`rounded px-2 py-0.5 font-medium ${
          valid ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200' : 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200'
        }`}
      >
        <span aria-hidden="true">{valid ? '✓ ' : '✗ '}</span>
        {valid ? messages.verify.valid : messages.verify.invalid}
      </span>
      <span>{label}</span>
    </li>
  );
}
