import { useMessages } from '../../i18n/use-messages';
import type { DecodedToken } from '../../jwt/decode';
import { debuggerMessages } from './messages';

/** Text colour of each segment of a JWS; the decoded panes use the same colours for their frames. */
export const PART_COLORS = {
  header: 'text-part-header dark:text-part-header-dark',
  payload: 'text-part-payload dark:text-part-payload-dark',
  signature: 'text-part-signature dark:text-part-signature-dark',
} as const;

const JWE_COLORS = [PART_COLORS.header, 'text-amber-700 dark:text-amber-300', 'text-emerald-700 dark:text-emerald-300', PART_COLORS.payload, PART_COLORS.signature];
const JWS_PARTS = ['header', 'payload', 'signature'] as const;

/** The cleaned token with each segment in its own colour, the dots between them neutral. */
export function TokenParts({ decoded }: { decoded: DecodedToken }) {
  const messages = useMessages(debuggerMessages);
  const jwe = decoded.form === 'jwe';

  return (
    <>
      {decoded.segments.map((segment, index) => {
        const jwsPart = JWS_PARTS[index];
        const testId = jwe ? `token-part-${index + 1}` : jwsPart !== undefined ? `token-part-${jwsPart}` : `token-part-extra-${index + 1}`;
        const color = jwe ? JWE_COLORS[index] : jwsPart !== undefined ? PART_COLORS[jwsPart] : 'text-slate-500 dark:text-slate-400';
        const label = jwe ? messages.jweParts[index] : jwsPart !== undefined ? messages.parts[jwsPart] : undefined;
        return (
          <span key={index}>
            {index > 0 && <span className="text-slate-500 dark:text-slate-400">.</span>}
            <span data-testid={testId} className={color} title={label}>
              {segment}
            </span>
          </span>
        );
      })}
    </>
  );
}
