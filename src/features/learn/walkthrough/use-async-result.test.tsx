// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useAsyncResult, type AsyncResult } from './use-async-result';

// Without this flag React warns that the test environment does not support act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

const container = document.createElement('div');
let root = createRoot(container);
function Probe({ requestKey, compute }: { requestKey: string | null; compute: () => Promise<string> }) {
  return <output>{JSON.stringify(useAsyncResult(requestKey, compute))}</output>;
}

function readResult(): AsyncResult<string> {
  return JSON.parse(container.querySelector('output')?.textContent ?? 'null') as AsyncResult<string>;
}

async function render(requestKey: string | null, compute: () => Promise<string>) {
  await act(async () => root.render(<Probe requestKey={requestKey} compute={compute} />));
}

afterEach(() => {
  act(() => root.unmount());
  root = createRoot(container);
});

describe('useAsyncResult', () => {
  it('is idle without a request key', async () => {
    await render(null, () => Promise.resolve('unused'));
    expect(readResult()).toEqual({ status: 'idle' });
  });

  it('is pending until the computation settles', async () => {
    const first = deferred<string>();
    await render('a', () => first.promise);
    expect(readResult()).toEqual({ status: 'pending' });

    await act(async () => first.resolve('value a'));
    expect(readResult()).toEqual({ status: 'done', value: 'value a' });
  });

  it('drops a slow result for an older key', async () => {
    const slow = deferred<string>();
    const fast = deferred<string>();
    await render('a', () => slow.promise);
    await render('b', () => fast.promise);

    await act(async () => fast.resolve('value b'));
    await act(async () => slow.resolve('value a'));
    expect(readResult()).toEqual({ status: 'done', value: 'value b' });
  });

  it('reports a rejection as an error message', async () => {
    const failing = deferred<string>();
    await render('a', () => failing.promise);
    await act(async () => failing.reject(new DOMException('Key data is invalid', 'DataError')));
    expect(readResult()).toEqual({ status: 'error', message: 'Key data is invalid' });
  });
});
