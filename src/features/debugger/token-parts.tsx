import { useMessages } from '../../i18n/use-messages';
import type { DecodedToken } from '../../jwt/decode';
import { debuggerMessages, type DebuggerMessages } from './messages';

/** Text colour of each segment of a JWS; the decoded panes use the same colours for their frames. */
export const PART_COLORS = {
  header: 'text-part-header dark:text-part-header-dark',
  payload: 'text-part-payload dark:text-part-payload-dark',
  signature: 'text-part-signature dark:text-part-signature-dark',
} as const;

const JWE_COLORS = [PART_COLORS.header, 'text-amber-700 dark:text-amber-300', 'text-emerald-700 dark:text-emerald-300', PART_COLORS.payload, PART_COLORS.signature];
const JWS_PARTS = ['header', 'payload', 'signature'] as const;

function describeSegment(index: number, jwe: boolean, messages: DebuggerMessages): { testId: string; color: string | undefined; label: string | undefined } {
  if (jwe) return { testId: `token-part-${index + 1}`, color: JWE_COLORS[index], label: messages.jweParts[index] };
  const part = JWS_PARTS[index];
  if (part === undefined) return { testId: `token-part-extra-${index + 1}`, color: 'text-slate-500 dark:text-slate-400', label: undefined };
  return { testId: `token-part-${part}`, color: PART_COLORS[part], label: messages.parts[part] };
}

/** Renders the cleaned token with each segment in its own colour and the dots between them neutral. */
export function TokenParts({ decoded }: { decoded: DecodedToken }) {
  const messages = useMessages(debuggerMessages);
  const jwe = decoded.form === 'jwe';

  return (
    <>
      {decoded.segments.map((segment, index) => {
        const { testId, color, label } = describeSegment(index, jwe, messages);
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
