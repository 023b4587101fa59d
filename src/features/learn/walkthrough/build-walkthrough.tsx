import { useId } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { Base64urlStep } from './base64url-step';
import { BytesStep } from './bytes-step';
import { HighlightProvider } from './highlight';
import { JsonStep } from './json-step';
import { SignatureStep } from './signature-step';
import { SigningInputStep } from './signing-input-step';
import { TokenStep } from './token-step';
import { useWalkthrough } from './use-walkthrough';
import { VerifyStep } from './verify-step';
import { walkthroughMessages } from './walkthrough-messages';

/**
 * Shows the "how a JWT is built" walkthrough: JSON → UTF-8 → base64url → signing input → signature →
 * token → verification, all computed live in the page.
 *
 * The test ids it sets are listed in this folder's README.
 */
export function BuildWalkthrough() {
  const messages = useMessages(walkthroughMessages);
  const walkthrough = useWalkthrough();
  const headingId = useId();

  // The Learn page leaves the heading of this tab to the section itself.
  return (
    <section aria-labelledby={headingId} data-testid="build-walkthrough" className="space-y-4">
      <h2 id={headingId} className="text-xl font-bold">
        {messages.title}
      </h2>
      <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">{messages.intro}</p>
      <HighlightProvider className="space-y-4">
        <JsonStep walkthrough={walkthrough} />
        <BytesStep walkthrough={walkthrough} />
        <Base64urlStep walkthrough={walkthrough} />
        <SigningInputStep walkthrough={walkthrough} />
        <SignatureStep walkthrough={walkthrough} />
        <TokenStep walkthrough={walkthrough} />
        <VerifyStep walkthrough={walkthrough} />
      </HighlightProvider>
    </section>
  );
}
