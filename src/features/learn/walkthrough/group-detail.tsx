import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { toBits, toHexBytes, toSextetBits, type Base64urlGroup } from '../../../jwt/walkthrough';
import { PART_TEXT_CLASS, type SegmentPart } from './highlight';
import { walkthroughMessages } from './walkthrough-messages';

/** Shows the bits of one base64url group: bytes, their 8-bit values, the 6-bit values and the characters. */
export function GroupDetail({ part, group, isDefault }: { part: SegmentPart; group: Base64urlGroup; isDefault: boolean }) {
  const messages = useMessages(walkthroughMessages);
  const explanations = { 1: messages.base64url.groupOne, 2: messages.base64url.groupTwo, 3: messages.base64url.groupFull };
  const explanation = explanations[group.bytes.length as 1 | 2 | 3];

  return (
    <div className="space-y-2 rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-900">
      <p className="font-medium">{format(messages.base64url.detailTitle, { index: group.index + 1, part: messages.parts[part] })}</p>
      {isDefault && <p className="text-slate-600 dark:text-slate-400">{messages.base64url.detailHint}</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 font-mono">
        <dt className="font-sans text-slate-600 dark:text-slate-400">{messages.base64url.rowBytes}</dt>
        <dd>{toHexBytes(group.bytes).join(' ')}</dd>
        <dt className="font-sans text-slate-600 dark:text-slate-400">{messages.base64url.rowBits}</dt>
        <dd className="break-all">
          {group.bytes.map(toBits).join(' ')}
          {group.paddingBits > 0 && <span className="underline decoration-2"> {'0'.repeat(group.paddingBits)}</span>}
        </dd>
        <dt className="font-sans text-slate-600 dark:text-slate-400">{messages.base64url.rowSextets}</dt>
        <dd className="break-all">
          {group.sextets.map((sextet, index) => (
            <span key={index} className="mr-2 inline-block">
              <SextetBits sextet={sextet} paddingBits={index === group.sextets.length - 1 ? group.paddingBits : 0} /> ({sextet})
            </span>
          ))}
        </dd>
        <dt className="font-sans text-slate-600 dark:text-slate-400">{messages.base64url.rowChars}</dt>
        <dd className={`font-semibold ${PART_TEXT_CLASS[part]}`}>
          {group.chars.split('').join(' ')}
          {group.omittedPadding > 0 && (
            <span className="ml-2 text-slate-500 line-through dark:text-slate-400" aria-hidden="true">
              {'='.repeat(group.omittedPadding)}
            </span>
          )}
        </dd>
      </dl>
      {group.paddingBits > 0 && <p className="text-slate-600 dark:text-slate-400">{messages.base64url.paddingBitsLegend}</p>}
      <p>{explanation}</p>
    </div>
  );
}

/** Six bits, with the trailing added zero bits underlined. */
function SextetBits({ sextet, paddingBits }: { sextet: number; paddingBits: number }) {
  const bits = toSextetBits(sextet);
  const dataBits = bits.slice(0, 6 - paddingBits);
  const added = bits.slice(6 - paddingBits);
  return (
    <>
      {dataBits}
      {added && <span className="underline decoration-2">{added}</span>}
    </>
  );
}
