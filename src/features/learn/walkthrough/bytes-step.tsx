import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { groupOfByte, toHexBytes, type Utf8Character } from '../../../jwt/walkthrough';
import { isDetailedByte, MAX_DETAILED_GROUPS } from './encoded-groups';
import { isLit, LIT_CLASS, PART_TEXT_CLASS, pieceAttributes, useHighlight, type Piece } from './highlight';
import { StepSection, visibleChar } from './step-section';
import type { JsonSegment, Walkthrough } from './use-walkthrough';
import { walkthroughMessages } from './walkthrough-messages';

/** Step 2: each character of the encoded text with its UTF-8 bytes in hex. */
export function BytesStep({ walkthrough }: { walkthrough: Walkthrough }) {
  const messages = useMessages(walkthroughMessages);
  return (
    <StepSection step={2} title={messages.bytes.title} body={messages.bytes.body}>
      {walkthrough.header.ok && <CharacterBytes part="header" segment={walkthrough.header.value} />}
      {walkthrough.payload.ok && <CharacterBytes part="payload" segment={walkthrough.payload.value} />}
    </StepSection>
  );
}

function CharacterBytes({ part, segment }: { part: 'header' | 'payload'; segment: JsonSegment }) {
  const messages = useMessages(walkthroughMessages);
  const { active } = useHighlight();
  return (
    <div className={`space-y-1 p-1 ${isLit(active, part) && active?.group === null ? LIT_CLASS : ''}`}>
      <p className={`text-sm font-medium ${PART_TEXT_CLASS[part]}`}>
        {messages.parts[part]} · {format(messages.bytes.count, { count: segment.bytes.length })}
      </p>
      <ol aria-label={format(messages.bytes.charLabel, { part: messages.parts[part] })} className="flex flex-wrap gap-1 font-mono text-xs">
        {segment.characters
          .filter((character) => isDetailedByte(character.byteOffset))
          .map((character) => (
            <CharacterCell key={character.byteOffset} part={part} character={character} active={active} />
          ))}
        {!isDetailedByte(segment.bytes.length - 1) && (
          <li className="self-center font-sans text-sm text-slate-600 dark:text-slate-400">
            {format(messages.bytes.moreBytes, { count: segment.bytes.length - MAX_DETAILED_GROUPS * 3 })}
          </li>
        )}
      </ol>
    </div>
  );
}

function CharacterCell({ part, character, active }: { part: 'header' | 'payload'; character: Utf8Character; active: Piece | null }) {
  const hex = toHexBytes(character.bytes);
  return (
    <li className="flex flex-col items-center rounded border border-slate-200 px-1 py-0.5 dark:border-slate-700">
      <span className="text-sm text-slate-900 dark:text-slate-100">{visibleChar(character.char)}</span>
      <span className="flex gap-0.5">
        {hex.map((byte, index) => {
          const group = groupOfByte(character.byteOffset + index);
          const lit = active !== null && active.part === part && active.group === group;
          return (
            <span key={index} {...pieceAttributes(part, group)} className={`${PART_TEXT_CLASS[part]} ${lit ? LIT_CLASS : ''}`}>
              {byte}
            </span>
          );
        })}
      </span>
    </li>
  );
}
