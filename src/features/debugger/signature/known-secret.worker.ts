import { algorithmSpec } from '../../../jwt/algorithms';
import { searchKnownSecrets } from '../../../jwt/known-secrets';

/** A request to try the known secrets against one HMAC signature. */
export interface KnownSecretRequest {
  alg: string;
  input: Uint8Array<ArrayBuffer>;
  signature: Uint8Array<ArrayBuffer>;
  /** Stop after this many milliseconds; undefined runs through the whole list. */
  limitMs?: number;
}

export type KnownSecretReply =
  | { type: 'progress'; tried: number; total: number }
  | { type: 'done'; tried: number; total: number; match?: string; timedOut: boolean }
  | { type: 'failed' };

const scope = self as unknown as { onmessage: ((event: MessageEvent<KnownSecretRequest>) => void) | null; postMessage: (reply: KnownSecretReply) => void };

scope.onmessage = (event) => {
  const { alg, input, signature, limitMs } = event.data;
  const spec = algorithmSpec(alg);
  if (spec?.family !== 'hmac') {
    scope.postMessage({ type: 'failed' });
    return;
  }
  const deadline = limitMs === undefined ? undefined : performance.now() + limitMs;
  searchKnownSecrets(spec, input, signature, {
    ...(deadline !== undefined ? { deadline } : {}),
    onProgress: ({ tried, total }) => scope.postMessage({ type: 'progress', tried, total }),
  }).then(
    (result) => scope.postMessage({ type: 'done', ...result }),
    () => scope.postMessage({ type: 'failed' }),
  );
};
