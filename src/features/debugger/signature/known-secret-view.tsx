import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { signatureMessages } from './messages';
import { useSignatureStore } from './signature-store';
import { BUTTON_CLASS, HELP_CLASS } from './styles';

interface KnownSecretViewProps {
  token: string;
  onRun: () => void;
}

/** Progress and result of the known-secret search, with a button that runs the whole list. */
export function KnownSecretView({ token, onRun }: KnownSecretViewProps) {
  const messages = useMessages(signatureMessages).knownSecret;
  const search = useSignatureStore((state) => state.knownSecret);
  const setSecret = useSignatureStore((state) => state.setSecret);
  const setEncoding = useSignatureStore((state) => state.setSecretEncoding);
  if (search.state === 'idle' || search.token !== token) return null;

  const params = { tried: search.tried, total: search.total };
  return (
    <section data-testid="known-secret" data-state={search.state} data-found={search.match !== undefined} className="flex flex-col gap-1 text-sm" aria-live="polite">
      <h3 className="font-semibold">{messages.title}</h3>
      <p className={HELP_CLASS}>{format(messages.help, { total: search.total || '…' })}</p>
      {search.state === 'running' && (
        <>
          <progress data-testid="known-secret-progress" className="h-2 w-full accent-sky-700" max={search.total || 1} value={search.tried} aria-label={messages.progress} />
          <p>{format(messages.running, params)}</p>
        </>
      )}
      {search.match !== undefined && (
        <div className="flex flex-wrap items-center gap-2">
          <p className="font-medium text-red-800 dark:text-red-300">{format(messages.found, { secret: search.match })}</p>
          <button
            type="button"
            className={BUTTON_CLASS}
            onClick={() => {
              setEncoding('utf8');
              setSecret(search.match ?? '');
            }}
          >
            {messages.useIt}
          </button>
        </div>
      )}
      {search.state === 'done' && search.match === undefined && <p>{format(messages.none, params)}</p>}
      {search.state === 'timed-out' && <p>{format(messages.timedOut, params)}</p>}
      {search.state === 'failed' && <p>{messages.failed}</p>}
      {search.state !== 'running' && search.match === undefined && (
        <button type="button" data-testid="known-secret-run" className={`${BUTTON_CLASS} self-start`} onClick={onRun}>
          {messages.run}
        </button>
      )}
    </section>
  );
}
