import { useMessages } from '../../i18n/use-messages';
import type { DecodeError } from '../../jwt/types';
import { describeError } from './describe';
import { debuggerMessages } from './messages';

/** One alert per part that failed to decode, naming the part and the position. */
export function TokenErrors({ errors }: { errors: DecodeError[] }) {
  const messages = useMessages(debuggerMessages);
  if (errors.length === 0) return null;

  return (
    <section aria-labelledby="token-errors-title" className="flex flex-col gap-2">
      <h2 id="token-errors-title" className="sr-only">
        {messages.errors.title}
      </h2>
      {errors.map((error, index) => {
        // A non-JSON payload of a plain JWS is allowed, so it reads as information rather than a failure.
        const informational = (error.code === 'invalid-json' && error.params?.textAllowed === 1) || error.code === 'jwe';
        return (
          <div
            key={`${error.code}-${error.part}-${index}`}
            role={informational ? 'status' : 'alert'}
            data-testid="token-error"
            data-code={error.code}
            data-part={error.part}
            data-severity={informational ? 'info' : 'error'}
            className={`rounded-md border px-3 py-2 text-sm ${
              informational
                ? 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-50'
                : 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-50'
            }`}
          >
            <span className="mr-2 font-semibold">{messages.parts[error.part]}:</span>
            {describeError(error, messages)}
          </div>
        );
      })}
    </section>
  );
}
