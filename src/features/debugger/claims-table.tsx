import { useMessages, useLocale } from '../../i18n/use-messages';
import { format } from '../../i18n/format';
import { isTimeClaim, KNOWN_CLAIMS, KNOWN_HEADER_PARAMETERS, MILLISECONDS_THRESHOLD, toUtcIso } from '../../jwt/claims';
import { printCompactJson, type JsonNode } from '../../jwt/json';
import { claimMessages } from './claim-messages';
import { debuggerMessages } from './messages';
import { formatLocalDateTime, formatRelative } from './time-format';

const MAX_VALUE_LENGTH = 300;

function displayValue(node: JsonNode): string {
  const text = node.type === 'string' ? node.value : printCompactJson(node);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

interface ClaimsTableProps {
  kind: 'payload' | 'header';
  root: JsonNode & { type: 'object' };
  now: number;
}

/**
 * Lists each member with its meaning. Time claims also show their local date-time, UTC time and a
 * relative time that updates as the clock moves.
 */
export function ClaimsTable({ kind, root, now }: ClaimsTableProps) {
  const messages = useMessages(debuggerMessages);
  const claims = useMessages(claimMessages);
  const locale = useLocale();
  const known: Readonly<Record<string, string>> = kind === 'payload' ? KNOWN_CLAIMS : KNOWN_HEADER_PARAMETERS;
  const descriptions: Record<string, string> = kind === 'payload' ? claims.claims : claims.header;
  const unknownDescription = kind === 'payload' ? messages.claimsTable.privateClaim : messages.claimsTable.unknownParameter;

  return (
    <section className="overflow-x-auto">
      <h2 className="mb-2 text-base font-semibold">{kind === 'payload' ? messages.claimsTable.title : messages.claimsTable.headerTitle}</h2>
      <table data-testid={kind === 'payload' ? 'claims' : 'header-params'} className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-1 pr-3 font-medium">{messages.claimsTable.name}</th>
            <th scope="col" className="py-1 pr-3 font-medium">{messages.claimsTable.value}</th>
            <th scope="col" className="py-1 font-medium">{messages.claimsTable.description}</th>
          </tr>
        </thead>
        <tbody>
          {root.members.map((member, index) => {
            const isKnown = Object.hasOwn(known, member.key);
            return (
              <tr
                key={`${member.key}-${index}`}
                data-testid={kind === 'payload' ? 'claim-row' : 'header-param-row'}
                data-claim={member.key}
                className="border-b border-slate-200 align-top dark:border-slate-800"
              >
                <th scope="row" className="py-1.5 pr-3 font-mono font-medium">
                  {member.key}
                </th>
                <td className="min-w-[11rem] max-w-sm py-1.5 pr-3 font-mono break-all">
                  {displayValue(member.value)}
                  {kind === 'payload' && isTimeClaim(member.key) && <TimeDetails claim={member.key} node={member.value} now={now} locale={locale} />}
                </td>
                <td className="py-1.5">
                  {isKnown ? descriptions[member.key] : unknownDescription}
                  {isKnown && <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">({known[member.key]})</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function TimeDetails({ claim, node, now, locale }: { claim: string; node: JsonNode; now: number; locale: 'en' | 'ko' }) {
  const messages = useMessages(debuggerMessages);
  if (node.type !== 'number') return null;
  const seconds = Number(node.raw);
  const utc = Math.abs(seconds) <= MILLISECONDS_THRESHOLD ? toUtcIso(seconds) : undefined;
  if (utc === undefined) return <span className="block text-xs text-amber-800 dark:text-amber-300">{messages.claimsTable.notValid}</span>;

  const relative = formatRelative(seconds, now, locale);
  let relativeText = relative;
  if (claim === 'exp') {
    relativeText = format(seconds <= now ? messages.claimsTable.expiredAgo : messages.claimsTable.expiresIn, { relative });
  }
  return (
    <span className="mt-0.5 block font-sans text-xs text-slate-700 dark:text-slate-300">
      <span className="block" data-testid="claim-local-time">
        {messages.claimsTable.localTime}: {formatLocalDateTime(seconds, locale)}
      </span>
      <span className="block" data-testid="claim-utc-time">
        {messages.claimsTable.utcTime}: {utc}
      </span>
      <span className={`block font-medium ${claim === 'exp' && seconds <= now ? 'text-red-700 dark:text-red-300' : ''}`} data-testid="claim-relative-time">
        {relativeText}
      </span>
    </span>
  );
}
