import { useMemo, useState } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { algorithmSpec } from '../../../jwt/algorithms';
import { decodeToken, type DecodedToken } from '../../../jwt/decode';
import { useDebuggerStore } from '../debugger-store';
import { AlgSelect } from './alg-select';
import { describeReason } from './describe-signature';
import { KeyField } from './key-field';
import { KnownSecretView } from './known-secret-view';
import { loadEngine } from './load-engine';
import { signatureMessages } from './messages';
import { SecretFields } from './secret-fields';
import { useSignatureStore } from './signature-store';
import { StatusView } from './status-view';
import { BUTTON_CLASS, HELP_CLASS, PRIMARY_BUTTON_CLASS } from './styles';
import { useKnownSecretSearch } from './use-known-secret';
import { resign, useResignOnEdit, useSignatureCheck } from './use-signature-controller';

function headerKeyMember(decoded: DecodedToken): 'jwk' | 'x5c' | undefined {
  const header = decoded.header?.value;
  if (typeof header?.jwk === 'object' && header.jwk !== null) return 'jwk';
  if (Array.isArray(header?.x5c)) return 'x5c';
  return undefined;
}

/** The signature panel: algorithm, secret or keys, status with diagnosis, and the known-secret check. */
export default function SignatureBody() {
  const messages = useMessages(signatureMessages);
  const input = useDebuggerStore((state) => state.input);
  const applyEdit = useDebuggerStore((state) => state.applyEdit);
  const decoded = useMemo(() => decodeToken(input), [input]);
  useSignatureCheck();
  useResignOnEdit();
  const { run: runKnownSecrets } = useKnownSecretSearch(input);

  const store = useSignatureStore();
  const [generation, setGeneration] = useState<{ state: 'idle' | 'running' } | { state: 'done'; text: string }>({ state: 'idle' });

  const rawAlg = decoded.header?.value?.alg;
  const alg = typeof rawAlg === 'string' ? rawAlg : undefined;
  const family = algorithmSpec(alg)?.family;
  const showSecret = family === 'hmac' || family === undefined;
  const showKeys = family !== 'hmac';
  const member = headerKeyMember(decoded);
  const resignFailed = store.editedToken === input && store.resignProblem !== null;

  let generateLabel = family === 'hmac' ? messages.actions.generateSecret : messages.actions.generate;
  if (generation.state === 'running') generateLabel = messages.actions.generating;

  const changeAlg = async (next: string) => {
    const engine = await loadEngine();
    const rewritten = engine.rewriteHeaderAlg(input, next);
    if (rewritten.ok) applyEdit(rewritten.value);
  };

  const generate = async () => {
    if (alg === undefined || family === undefined) return;
    setGeneration({ state: 'running' });
    try {
      const engine = await loadEngine();
      const key = await engine.generateKeyFor(alg);
      if (key.secret !== undefined) {
        store.setSecret(key.secret);
        store.setSecretEncoding('base64');
      }
      if (key.publicKey !== undefined) store.setPublicKey(key.publicKey);
      if (key.privateKey !== undefined) store.setPrivateKey(key.privateKey);
      await resign({ sequence: 0, token: input });
      const bits = key.secret === undefined ? 0 : Math.floor((key.secret.length * 6) / 8) * 8;
      setGeneration({ state: 'done', text: key.secret !== undefined ? format(messages.generated.secret, { bits }) : messages.generated.pair });
    } catch (error) {
      setGeneration({ state: 'done', text: format(messages.generated.failed, { detail: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <div>
        <h2 id="signature-title" className="text-base font-semibold">
          {messages.title}
        </h2>
        <p className={HELP_CLASS}>{messages.intro}</p>
      </div>

      <AlgSelect alg={alg} onChange={(next) => void changeAlg(next)} />
      {showSecret && <SecretFields />}
      {showKeys && (
        <>
          <KeyField kind="public" value={store.publicKey} onChange={store.setPublicKey} />
          <KeyField kind="private" value={store.privateKey} onChange={store.setPrivateKey} />
        </>
      )}

      <div className="flex flex-wrap gap-2">
        <button type="button" data-testid="generate-key" className={BUTTON_CLASS} disabled={family === undefined || generation.state === 'running'} onClick={() => void generate()}>
          {generateLabel}
        </button>
        {family !== undefined && (
          <button type="button" data-testid="sign-token" className={PRIMARY_BUTTON_CLASS} onClick={() => void resign({ sequence: 0, token: input })}>
            {messages.actions.sign}
          </button>
        )}
        {member !== undefined && family !== 'hmac' && (
          <button type="button" data-testid="use-header-key" aria-pressed={store.useHeaderKey} className={BUTTON_CLASS} onClick={() => store.setUseHeaderKey(!store.useHeaderKey)}>
            {store.useHeaderKey ? messages.actions.stopHeaderKey : format(messages.actions.useHeaderKey, { member })}
          </button>
        )}
      </div>
      {generation.state === 'done' && (
        <p data-testid="generate-result" className={HELP_CLASS} aria-live="polite">
          {generation.text}
        </p>
      )}
      {resignFailed && store.resignProblem !== null && (
        <p data-testid="resign-problem" className="text-sm text-amber-900 dark:text-amber-200">
          {format(messages.resign.failed, { reason: describeReason(store.resignProblem, messages) })}
        </p>
      )}

      <StatusView check={store.check} />
      <KnownSecretView token={input} onRun={runKnownSecrets} />
    </div>
  );
}
