import { useId } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { groupOfByte, type Utf8Character } from '../../../jwt/walkthrough';
import { WALKTHROUGH_ALGS } from '../../../jwt/walkthrough-sign';
import { isDetailedByte } from './encoded-groups';
import { isLit, LIT_CLASS, PART_TEXT_CLASS, pieceAttributes, useHighlight, type Piece } from './highlight';
import { StepSection, visibleChar } from './step-section';
import type { Walkthrough } from './use-walkthrough';
import { walkthroughMessages } from './walkthrough-messages';

type JsonPart = 'header' | 'payload';

/** Step 1: the editable header and payload, the algorithm choice and the whitespace option. */
export function JsonStep({ walkthrough }: { walkthrough: Walkthrough }) {
  const messages = useMessages(walkthroughMessages);
  const compactId = useId();
  const compactHelpId = useId();

  return (
    <StepSection step={1} title={messages.json.title} body={messages.json.body}>
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <legend className="mb-1 text-sm font-medium">{messages.json.algLegend}</legend>
        {WALKTHROUGH_ALGS.map((alg) => (
          <label key={alg} className="flex items-center gap-1.5 font-mono text-sm">
            <input
              type="radio"
              name="walkthrough-alg"
              value={alg}
              data-testid="walkthrough-alg"
              checked={walkthrough.alg === alg}
              onChange={() => walkthrough.selectAlg(alg)}
            />
            {alg}
          </label>
        ))}
      </fieldset>

      <div className="grid gap-4 md:grid-cols-2">
        <JsonEditor part="header" walkthrough={walkthrough} />
        <JsonEditor part="payload" walkthrough={walkthrough} />
      </div>

      <div className="flex items-start gap-2 text-sm">
        <input
          id={compactId}
          type="checkbox"
          className="mt-1"
          checked={walkthrough.compact}
          aria-describedby={compactHelpId}
          onChange={(event) => walkthrough.setCompact(event.target.checked)}
        />
        <div>
          <label htmlFor={compactId}>{messages.json.compactLabel}</label>
          <p id={compactHelpId} className="text-slate-600 dark:text-slate-400">
            {messages.json.compactHelp}
          </p>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <button
          type="button"
          data-testid="walkthrough-load-rfc-example"
          onClick={walkthrough.loadRfcExample}
          className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {messages.json.loadRfcExample}
        </button>
        <span className="text-slate-600 dark:text-slate-400">{messages.json.rfcExampleHelp}</span>
      </div>

      <AlgIssueMessage walkthrough={walkthrough} />
    </StepSection>
  );
}

function JsonEditor({ part, walkthrough }: { part: JsonPart; walkthrough: Walkthrough }) {
  const messages = useMessages(walkthroughMessages);
  const { active } = useHighlight();
  const inputId = useId();
  const errorId = useId();
  const segment = walkthrough[part];
  const text = part === 'header' ? walkthrough.headerText : walkthrough.payloadText;
  const setText = part === 'header' ? walkthrough.setHeaderText : walkthrough.setPayloadText;
  const partName = messages.parts[part];

  let error: string | null = null;
  if (!segment.ok) {
    error =
      segment.error.code === 'invalid-json'
        ? format(messages.json.invalidJson, { part: partName, reason: messages.json.syntax[segment.error.reason], line: segment.error.line, column: segment.error.column })
        : format(messages.json.notAnObject, { part: partName });
  }

  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className={`block text-sm font-medium ${PART_TEXT_CLASS[part]}`}>
        {part === 'header' ? messages.json.headerLabel : messages.json.payloadLabel}
      </label>
      <textarea
        id={inputId}
        data-testid={`walkthrough-${part}-input`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        rows={part === 'header' ? 5 : 8}
        aria-invalid={error !== null}
        data-lit={isLit(active, part) || undefined}
        aria-describedby={error === null ? undefined : errorId}
        className={`w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900 ${
          isLit(active, part) ? 'ring-2 ring-amber-500 dark:ring-amber-400' : ''
        }`}
      />
      {error === null ? null : (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      {segment.ok && (
        <div className="text-sm">
          <p className="text-slate-600 dark:text-slate-400">{messages.json.encodedText}</p>
          <p className={`font-mono break-all ${PART_TEXT_CLASS[part]}`}>
            {segment.value.characters
              .filter((character) => isDetailedByte(character.byteOffset))
              .map((character) => (
                <EncodedCharacter key={character.byteOffset} part={part} character={character} active={active} />
              ))}
            {segment.value.characters
              .filter((character) => !isDetailedByte(character.byteOffset))
              .map((character) => character.char)
              .join('')}
          </p>
        </div>
      )}
    </div>
  );
}

/** Shows a character of the encoded text, lit when any of its bytes is in the highlighted group. */
function EncodedCharacter({ part, character, active }: { part: JsonPart; character: Utf8Character; active: Piece | null }) {
  const first = groupOfByte(character.byteOffset);
  const last = groupOfByte(character.byteOffset + character.bytes.length - 1);
  const lit = active !== null && active.part === part && active.group !== null && active.group >= first && active.group <= last;
  return (
    <span {...pieceAttributes(part, first)} className={lit ? LIT_CLASS : undefined}>
      {visibleChar(character.char)}
    </span>
  );
}

function AlgIssueMessage({ walkthrough }: { walkthrough: Walkthrough }) {
  const messages = useMessages(walkthroughMessages);
  const issue = walkthrough.algIssue;
  if (issue === null) return null;
  return (
    <p className="text-sm text-red-700 dark:text-red-300">
      {issue.code === 'alg-missing' ? messages.json.algMissing : format(messages.json.algUnsupported, { alg: JSON.stringify(issue.alg) })}
    </p>
  );
}
