import { useEffect, useState } from 'react';
import { algorithmSpec, signingInput } from '../../../jwt/algorithms';
import { decodeBase64url } from '../../../jwt/base64url';
import { decodeToken } from '../../../jwt/decode';
import type { KnownSecretReply, KnownSecretRequest } from './known-secret.worker';
import { useSignatureStore } from './signature-store';

/**
 * The automatic check stops after this long, so a slow device is not kept busy for a token the
 * user only glanced at. The button runs the whole list. In Node 20 on a shared AMD EPYC server the
 * full list (about 900 HMACs) took about 0.2 s, so the limit only matters on much slower devices.
 */
const AUTOMATIC_LIMIT_MS = 3000;

/**
 * Runs the known-secret search in a Web Worker for HS tokens: automatically (time-bounded) when the
 * token changes, and in full when `run` is called. A newer token stops the older search.
 */
export function useKnownSecretSearch(token: string): { run: () => void } {
  const [request, setRequest] = useState<{ token: string; full: boolean }>({ token: '', full: false });
  const setKnownSecret = useSignatureStore((state) => state.setKnownSecret);

  useEffect(() => {
    const decoded = decodeToken(token);
    const alg = decoded.header?.value?.alg;
    const spec = algorithmSpec(alg);
    const signature = decodeBase64url(decoded.segments[2] ?? '');
    if (decoded.form !== 'jws' || spec?.family !== 'hmac' || !signature.ok) {
      setKnownSecret({ state: 'idle', token, tried: 0, total: 0 });
      return;
    }

    const full = request.full && request.token === token;
    let worker: Worker;
    try {
      worker = new Worker(new URL('./known-secret.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      setKnownSecret({ state: 'failed', token, tried: 0, total: 0 });
      return;
    }
    setKnownSecret({ state: 'running', token, tried: 0, total: 0 });
    worker.onmessage = (event: MessageEvent<KnownSecretReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') setKnownSecret({ state: 'running', token, tried: reply.tried, total: reply.total });
      else if (reply.type === 'failed') setKnownSecret({ state: 'failed', token, tried: 0, total: 0 });
      else {
        const state = reply.timedOut ? 'timed-out' : 'done';
        setKnownSecret({ state, token, tried: reply.tried, total: reply.total, ...(reply.match !== undefined ? { match: reply.match } : {}) });
        worker.terminate();
      }
    };
    worker.onerror = () => setKnownSecret({ state: 'failed', token, tried: 0, total: 0 });
    const message: KnownSecretRequest = {
      alg: spec.alg,
      input: signingInput(decoded.segments[0] as string, decoded.segments[1] as string),
      signature: new Uint8Array(signature.value.bytes),
      ...(full ? {} : { limitMs: AUTOMATIC_LIMIT_MS }),
    };
    worker.postMessage(message);
    return () => worker.terminate();
  }, [token, request, setKnownSecret]);

  return { run: () => setRequest({ token, full: true }) };
}
