import { useEffect, useRef, useState } from 'react';

export type AsyncResult<T> =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'done'; value: T }
  | { status: 'error'; message: string };

type Settled<T> = { requestKey: string; outcome: { ok: true; value: T } | { ok: false; message: string } };

/**
 * Runs `compute` whenever `requestKey` changes and returns its latest outcome. A result that
 * arrives after the key has changed again is dropped, so a slow earlier computation never
 * overwrites a newer one. A null key means there is nothing to compute.
 */
export function useAsyncResult<T>(requestKey: string | null, compute: () => Promise<T>): AsyncResult<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const computeRef = useRef(compute);

  useEffect(() => {
    computeRef.current = compute;
  });

  useEffect(() => {
    if (requestKey === null) return;
    let current = true;
    computeRef.current().then(
      (value) => {
        if (current) setSettled({ requestKey, outcome: { ok: true, value } });
      },
      (error: unknown) => {
        if (current) setSettled({ requestKey, outcome: { ok: false, message: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [requestKey]);

  if (requestKey === null) return { status: 'idle' };
  if (settled === null || settled.requestKey !== requestKey) return { status: 'pending' };
  return settled.outcome.ok ? { status: 'done', value: settled.outcome.value } : { status: 'error', message: settled.outcome.message };
}
