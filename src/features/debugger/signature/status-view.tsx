import { useMessages } from '../../../i18n/use-messages';
import type { SignatureCheck, SignatureStatus } from '../../../jwt/signature-types';
import { describeAttempt, describeDiagnosis, describeNote, describeReason } from './describe-signature';
import { signatureMessages } from './messages';

const STATUS_STYLE: Record<SignatureStatus, string> = {
  valid: 'border-emerald-400 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-50',
  invalid: 'border-red-400 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950/60 dark:text-red-50',
  'key-error': 'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50',
  unsecured: 'border-red-400 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950/60 dark:text-red-50',
  unsupported: 'border-slate-300 bg-slate-50 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100',
  unchecked: 'border-slate-300 bg-slate-50 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100',
};

const STATUS_MARK: Record<SignatureStatus, string> = { valid: '✓', invalid: '✗', 'key-error': '!', unsecured: '!', unsupported: '?', unchecked: '–' };

/** The signature status, why it is so, the likely cause of a failure and what was tried. */
export function StatusView({ check }: { check: SignatureCheck | null }) {
  const messages = useMessages(signatureMessages);
  if (check === null) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {messages.checking}
      </p>
    );
  }

  return (
    <div className="flex flex-col gap-2">
      <div data-testid="signature-status" data-status={check.status} role="status" className={`rounded-md border px-3 py-2 ${STATUS_STYLE[check.status]}`}>
        <p className="font-semibold">
          <span aria-hidden="true" className="mr-2">
            {STATUS_MARK[check.status]}
          </span>
          {messages.status[check.status]}
          {check.alg !== undefined && <span className="ml-2 font-mono text-sm font-normal">{check.alg}</span>}
        </p>
        <p data-testid="signature-reason" className="text-sm">
          {describeReason(check.reason, messages)}
        </p>
      </div>

      {check.diagnosis !== undefined && (
        <section data-testid="signature-diagnosis" data-code={check.diagnosis.code} className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50">
          <h3 className="text-sm font-semibold">{messages.diagnosisTitle}</h3>
          <p className="text-sm">{describeDiagnosis(check.diagnosis, messages, check.alg)}</p>
        </section>
      )}

      {check.attempts.length > 0 && (
        <section className="text-sm">
          <h3 className="font-semibold">{messages.attemptsTitle}</h3>
          <ul data-testid="signature-attempts" className="ml-4 list-disc">
            {check.attempts.map((attempt, index) => (
              <li key={`${attempt.code}-${index}`} data-code={attempt.code} data-verified={attempt.verified}>
                {describeAttempt(attempt, messages)}: <strong>{attempt.verified ? messages.attemptVerified : messages.attemptFailed}</strong>
              </li>
            ))}
          </ul>
          {check.diagnosis === undefined && <p className="mt-1">{messages.nothingExplains}</p>}
        </section>
      )}

      {check.notes.length > 0 && (
        <ul data-testid="key-notes" className="flex flex-col gap-1 text-sm text-slate-700 dark:text-slate-300">
          {check.notes.map((note, index) => (
            <li key={`${note.code}-${index}`} data-code={note.code}>
              {describeNote(note, messages)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
