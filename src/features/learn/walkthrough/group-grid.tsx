import { useRef, useState, type KeyboardEvent } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { toHexBytes, type Base64urlGroup } from '../../../jwt/walkthrough';
import { MAX_DETAILED_GROUPS } from './encoded-groups';
import { isGroupLit, isPinned, LIT_CLASS, PART_TEXT_CLASS, pieceAttributes, useHighlight, type SegmentPart } from './highlight';
import { walkthroughMessages } from './walkthrough-messages';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * Shows the base64url groups of one segment as buttons: bytes in hex above, characters below. Only one
 * button is in the tab order and the arrow keys move between them, so a long payload does not
 * add dozens of tab stops.
 */
export function GroupGrid({ part, groups }: { part: SegmentPart; groups: Base64urlGroup[] }) {
  const messages = useMessages(walkthroughMessages);
  const { active, pinned } = useHighlight();
  const [tabIndex, setTabIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const shownCount = Math.min(groups.length, MAX_DETAILED_GROUPS);
  const current = Math.min(tabIndex, Math.max(shownCount - 1, 0));

  const moveFocus = (index: number) => {
    setTabIndex(index);
    buttons.current[index]?.focus();
  };

  const handleKeyDown = (event: KeyboardEvent, index: number) => {
    let target: number | null = null;
    if (NEXT_KEYS.has(event.key)) target = Math.min(index + 1, shownCount - 1);
    else if (PREVIOUS_KEYS.has(event.key)) target = Math.max(index - 1, 0);
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = shownCount - 1;
    if (target === null) return;
    event.preventDefault();
    moveFocus(target);
  };

  const partName = messages.parts[part];
  return (
    <ol
      aria-label={format(messages.base64url.gridLabel, { part: partName })}
      className={`flex flex-wrap gap-1.5 p-0.5 ${active?.part === part && active.group === null ? LIT_CLASS : ''}`}
    >
      {groups.slice(0, MAX_DETAILED_GROUPS).map((group) => (
        <li key={group.index}>
          <button
            type="button"
            ref={(element) => {
              buttons.current[group.index] = element;
            }}
            {...pieceAttributes(part, group.index)}
            tabIndex={group.index === current ? 0 : -1}
            aria-pressed={isPinned(pinned, part, group.index)}
            data-lit={isGroupLit(active, part, group.index) || undefined}
            aria-label={format(messages.base64url.groupLabel, {
              index: group.index + 1,
              part: partName,
              bytes: toHexBytes(group.bytes).join(' '),
              chars: group.chars,
            })}
            onFocus={() => setTabIndex(group.index)}
            onKeyDown={(event) => handleKeyDown(event, group.index)}
            className={`flex flex-col items-center rounded border border-slate-300 px-1.5 py-1 font-mono dark:border-slate-600 ${
              isGroupLit(active, part, group.index) ? LIT_CLASS : ''
            }`}
          >
            <span className="text-xs text-slate-600 dark:text-slate-400">{toHexBytes(group.bytes).join(' ')}</span>
            <span className={`text-sm font-semibold ${PART_TEXT_CLASS[part]}`}>{group.chars}</span>
          </button>
        </li>
      ))}
      {groups.length > shownCount && (
        <li className="self-center text-sm text-slate-600 dark:text-slate-400">
          {format(messages.base64url.moreGroups, { count: groups.length - shownCount })}
        </li>
      )}
    </ol>
  );
}
