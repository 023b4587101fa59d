import { useId } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { HS256_MIN_KEY_BYTES } from '../../../jwt/walkthrough-sign';
import { GroupDetail } from './group-detail';
import { GroupGrid } from './group-grid';
import { EncodedGroups } from './encoded-groups';
import { PART_TEXT_CLASS, useHighlight } from './highlight';
import { KeyPairPanel } from './key-pair-panel';
import { StepSection } from './step-section';
import type { SecretEncoding, Walkthrough } from './use-walkthrough';
import { walkthroughMessages } from './walkthrough-messages';

/** Step 5: the MAC or signature over the signing input, computed with WebCrypto. */
export function SignatureStep({ walkthrough }: { walkthrough: Walkthrough }) {
  const messages = useMessages(walkthroughMessages);
  const { alg } = walkthrough;
  if (alg === null) return null;

  const title = alg === 'HS256' ? messages.sign.hmacTitle : format(messages.sign.asymmetricTitle, { alg });
  const bodies = { HS256: messages.sign.hmacBody, RS256: messages.sign.rs256Body, ES256: messages.sign.es256Body };
  const body = bodies[alg];

  return (
    <StepSection step={5} title={title} body={body}>
      {alg === 'HS256' ? <SecretField walkthrough={walkthrough} /> : <KeyPairPanel walkthrough={walkthrough} />}
      <SignatureOutput walkthrough={walkthrough} />
    </StepSection>
  );
}

function SecretField({ walkthrough }: { walkthrough: Walkthrough }) {
  const messages = useMessages(walkthroughMessages);
  const inputId = useId();
  const helpId = useId();
  const encodingId = useId();
  const length = walkthrough.secretBytes?.length ?? 0;

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={inputId} className="block text-sm font-medium">
          {messages.sign.secretLabel}
        </label>
        <div className="flex items-center gap-2 text-sm">
          <label htmlFor={encodingId}>{messages.sign.encodingLabel}</label>
          <select
            id={encodingId}
            data-testid="walkthrough-secret-encoding"
            value={walkthrough.secretEncoding}
            onChange={(event) => walkthrough.setSecretEncoding(event.target.value as SecretEncoding)}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="utf8">{messages.sign.encodingUtf8}</option>
            <option value="base64url">{messages.sign.encodingBase64url}</option>
          </select>
        </div>
      </div>
      <input
        id={inputId}
        type="text"
        data-testid="walkthrough-secret-input"
        value={walkthrough.secret}
        onChange={(event) => walkthrough.setSecret(event.target.value)}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-describedby={helpId}
        className="w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
      />
      <p id={helpId} className="text-sm text-slate-600 dark:text-slate-400">
        {messages.sign.secretHelp}
      </p>
      {walkthrough.secretIssue === 'empty' && <p className="text-sm text-red-700 dark:text-red-300">{messages.sign.emptySecret}</p>}
      {walkthrough.secretIssue === 'invalid-base64url' && <p className="text-sm text-red-700 dark:text-red-300">{messages.sign.invalidBase64urlSecret}</p>}
      {length > 0 && length < HS256_MIN_KEY_BYTES && (
        <p className="text-sm text-amber-800 dark:text-amber-300">{format(messages.sign.weakSecret, { length })}</p>
      )}
    </div>
  );
}

function SignatureOutput({ walkthrough }: { walkthrough: Walkthrough }) {
  const messages = useMessages(walkthroughMessages);
  const { active } = useHighlight();
  const { signature } = walkthrough;

  if (signature.status === 'pending') return <p className="text-sm text-slate-600 dark:text-slate-400">{messages.sign.computing}</p>;
  if (signature.status === 'error') return <p className="text-sm text-red-700 dark:text-red-300">{format(messages.sign.signFailed, { message: signature.message })}</p>;
  if (signature.status !== 'done') return null;

  const activeGroup = active?.part === 'signature' && active.group !== null ? signature.value.groups[active.group] : undefined;
  return (
    <div className="space-y-2">
      <p className="text-sm">{format(messages.sign.signatureBytes, { count: signature.value.bytes.length })}</p>
      <GroupGrid part="signature" groups={signature.value.groups} />
      <p className="text-sm">{messages.sign.signatureEncoded}</p>
      <p data-testid="walkthrough-signature" className={`font-mono text-sm break-all ${PART_TEXT_CLASS.signature}`}>
        <EncodedGroups part="signature" groups={signature.value.groups} />
      </p>
      {activeGroup && <GroupDetail part="signature" group={activeGroup} isDefault={false} />}
    </div>
  );
}
