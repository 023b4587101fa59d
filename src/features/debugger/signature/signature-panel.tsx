import { lazy, Suspense } from 'react';

// The panel's controls load after the page, so the first-load bundle contains only this shell and
// the store. The verification code (jose, asn1js) loads later still, on first use.
const SignatureBody = lazy(() => import('./signature-body'));

/** Verification and signing controls. */
export function SignaturePanel() {
  return (
    <section data-testid="signature-panel" aria-labelledby="signature-title" className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <Suspense fallback={<div className="h-40" aria-busy="true" />}>
        <SignatureBody />
      </Suspense>
    </section>
  );
}
