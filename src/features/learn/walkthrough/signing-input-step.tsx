import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { EncodedGroups } from './encoded-groups';
import { isLit, LIT_CLASS, PART_TEXT_CLASS, pieceAttributes, useHighlight } from './highlight';
import { StepSection } from './step-section';
import type { Walkthrough } from './use-walkthrough';
import { walkthroughMessages } from './walkthrough-messages';

/** Step 4: `BASE64URL(header) "." BASE64URL(payload)`, the exact string that gets signed. */
export function SigningInputStep({ walkthrough }: { walkthrough: Walkthrough }) {
  const messages = useMessages(walkthroughMessages);
  const { active } = useHighlight();
  const { header, payload, signingInput } = walkthrough;

  return (
    <StepSection step={4} title={messages.signingInput.title} body={messages.signingInput.body}>
      {header.ok && payload.ok && signingInput !== null && (
        <>
          <p data-testid="walkthrough-signing-input" className="font-mono text-sm break-all">
            <span {...pieceAttributes('header')} className={`${PART_TEXT_CLASS.header} ${isLit(active, 'header') && active?.group === null ? LIT_CLASS : ''}`}>
              <EncodedGroups part="header" groups={header.value.groups} />
            </span>
            <span>.</span>
            <span {...pieceAttributes('payload')} className={`${PART_TEXT_CLASS.payload} ${isLit(active, 'payload') && active?.group === null ? LIT_CLASS : ''}`}>
              <EncodedGroups part="payload" groups={payload.value.groups} />
            </span>
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400">{format(messages.signingInput.count, { count: signingInput.length })}</p>
        </>
      )}
    </StepSection>
  );
}
