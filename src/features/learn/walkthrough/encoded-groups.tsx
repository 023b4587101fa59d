import type { Base64urlGroup } from '../../../jwt/walkthrough';
import { isGroupLit, LIT_CLASS, pieceAttributes, useHighlight, type SegmentPart } from './highlight';

/**
 * Number of base64url groups (3 bytes each) drawn one element per group. Past this, a segment is
 * shown as plain text, so a pasted multi-kilobyte payload does not render thousands of elements.
 */
export const MAX_DETAILED_GROUPS = 200;

/** Tells whether a byte is within the part of a segment that is drawn in detail. */
export function isDetailedByte(byteOffset: number): boolean {
  return byteOffset < MAX_DETAILED_GROUPS * 3;
}

/** Base64url text split into its 4-character groups, each one a hoverable piece. */
export function EncodedGroups({ part, groups }: { part: SegmentPart; groups: Base64urlGroup[] }) {
  const { active } = useHighlight();
  const rest = groups
    .slice(MAX_DETAILED_GROUPS)
    .map((group) => group.chars)
    .join('');
  const detailed = groups.slice(0, MAX_DETAILED_GROUPS).map((group) => (
    <span
      key={group.index}
      {...pieceAttributes(part, group.index)}
      data-lit={isGroupLit(active, part, group.index) || undefined}
      className={isGroupLit(active, part, group.index) ? LIT_CLASS : undefined}
    >
      {group.chars}
    </span>
  ));
  return (
    <>
      {detailed}
      {rest && <span {...pieceAttributes(part)}>{rest}</span>}
    </>
  );
}
