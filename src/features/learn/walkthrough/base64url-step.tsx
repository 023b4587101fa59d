import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import type { Base64urlGroup } from '../../../jwt/walkthrough';
import { GroupDetail } from './group-detail';
import { GroupGrid } from './group-grid';
import { PART_TEXT_CLASS, useHighlight, type SegmentPart } from './highlight';
import { StepSection } from './step-section';
import type { Walkthrough } from './use-walkthrough';
import { walkthroughMessages } from './walkthrough-messages';

/** Step 3: each segment's bytes in groups of three, and the bits of the highlighted group. */
export function Base64urlStep({ walkthrough }: { walkthrough: Walkthrough }) {
  const messages = useMessages(walkthroughMessages);
  const detail = useDetailGroup(walkthrough);

  return (
    <StepSection step={3} title={messages.base64url.title} body={messages.base64url.body}>
      {walkthrough.header.ok && <SegmentGroups part="header" bytes={walkthrough.header.value.bytes.length} groups={walkthrough.header.value.groups} />}
      {walkthrough.payload.ok && (
        <SegmentGroups part="payload" bytes={walkthrough.payload.value.bytes.length} groups={walkthrough.payload.value.groups} />
      )}
      {detail && <GroupDetail part={detail.part} group={detail.group} isDefault={detail.isDefault} />}
    </StepSection>
  );
}

/** Picks the highlighted group, or else the payload's last group, which shows the partial-group case when there is one. */
function useDetailGroup(walkthrough: Walkthrough): { part: SegmentPart; group: Base64urlGroup; isDefault: boolean } | null {
  const { active } = useHighlight();
  if (active !== null && active.group !== null) {
    const groups = groupsOf(walkthrough, active.part);
    const group = groups?.[active.group];
    if (group !== undefined) return { part: active.part, group, isDefault: false };
  }
  const payloadGroups = walkthrough.payload.ok ? walkthrough.payload.value.groups : [];
  const last = payloadGroups[payloadGroups.length - 1];
  return last === undefined ? null : { part: 'payload', group: last, isDefault: true };
}

function groupsOf(walkthrough: Walkthrough, part: SegmentPart): Base64urlGroup[] | null {
  if (part === 'header') return walkthrough.header.ok ? walkthrough.header.value.groups : null;
  if (part === 'payload') return walkthrough.payload.ok ? walkthrough.payload.value.groups : null;
  return walkthrough.signature.status === 'done' ? walkthrough.signature.value.groups : null;
}

function SegmentGroups({ part, bytes, groups }: { part: SegmentPart; bytes: number; groups: Base64urlGroup[] }) {
  const messages = useMessages(walkthroughMessages);
  const rest = bytes % 3;
  const chars = groups.reduce((count, group) => count + group.chars.length, 0);
  const summary = format(rest === 0 ? messages.base64url.summaryFull : messages.base64url.summaryPartial, {
    bytes,
    full: Math.floor(bytes / 3),
    rest,
    chars,
  });
  return (
    <div className="space-y-1">
      <p className="text-sm">
        <span className={`font-medium ${PART_TEXT_CLASS[part]}`}>{messages.parts[part]}</span> · {summary}
      </p>
      <GroupGrid part={part} groups={groups} />
    </div>
  );
}
