import type { Base64urlGroup } from '../../../jwt/walkthrough';
import { isGroupLit, LIT_CLASS, pieceAttributes, useHighlight, type SegmentPart } from './highlight';

/** Base64url text split into its 4-character groups, each one a hoverable piece. */
export function EncodedGroups({ part, groups }: { part: SegmentPart; groups: Base64urlGroup[] }) {
  const { active } = useHighlight();
  return groups.map((group) => (
    <span
      key={group.index}
      {...pieceAttributes(part, group.index)}
      data-lit={isGroupLit(active, part, group.index) || undefined}
      className={isGroupLit(active, part, group.index) ? LIT_CLASS : undefined}
    >
      {group.chars}
    </span>
  ));
}
