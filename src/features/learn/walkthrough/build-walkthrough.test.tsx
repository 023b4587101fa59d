// @vitest-environment happy-dom
import { createHmac } from 'node:crypto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../i18n/locale-store';
import { BuildWalkthrough } from './build-walkthrough';
import { MAX_DETAILED_GROUPS } from './encoded-groups';
import { DEFAULT_HEADER, DEFAULT_PAYLOAD, DEFAULT_SECRET } from './use-walkthrough';
import { RFC7515_A1 } from '../../../jwt/walkthrough-vectors';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const container = document.createElement('div');
document.body.append(container);
const root = createRoot(container);

function byTestId(testId: string): HTMLElement {
  const element = container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (element === null) throw new Error(`No element with data-testid="${testId}" was rendered.`);
  return element;
}

async function waitForToken(expectedPrefix = ''): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const token = container.querySelector('[data-testid="walkthrough-token"]')?.getAttribute('data-token');
    if (token?.startsWith(expectedPrefix)) return token;
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  throw new Error(`The walkthrough did not show a token starting with "${expectedPrefix}" within 2 seconds.`);
}

/** Types into a React-controlled textarea the way a user's input event does. */
async function typeInto(testId: string, text: string) {
  const textarea = byTestId(testId) as HTMLTextAreaElement;
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  await act(async () => {
    setValue?.call(textarea, text);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function compactBase64url(json: string): string {
  return Buffer.from(JSON.stringify(JSON.parse(json))).toString('base64url');
}

beforeAll(async () => {
  useLocaleStore.setState({ locale: 'ko' });
  await act(async () => root.render(<BuildWalkthrough />));
});

afterAll(() => act(() => root.unmount()));

describe('BuildWalkthrough', () => {
  it('signs the default token as node:crypto does', async () => {
    const signingInput = `${compactBase64url(DEFAULT_HEADER)}.${compactBase64url(DEFAULT_PAYLOAD)}`;
    const signature = createHmac('sha256', DEFAULT_SECRET).update(signingInput).digest('base64url');

    expect(await waitForToken()).toBe(`${signingInput}.${signature}`);
    expect(byTestId('walkthrough-signature').textContent).toBe(signature);
  });

  it('links to the debugger with the token only', async () => {
    const token = await waitForToken();
    const href = byTestId('walkthrough-open-debugger').getAttribute('href');
    expect(href).toBe(`/#token=${token}`);
    expect(href).not.toContain(DEFAULT_SECRET);
  });

  it('shows the verdicts for the issued and the tampered token', async () => {
    await waitForToken();
    for (let attempt = 0; attempt < 100 && container.querySelector('[data-testid="walkthrough-verify-original"]') === null; attempt++) {
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
    expect(byTestId('walkthrough-verify-original').dataset.status).toBe('valid');
    expect(byTestId('walkthrough-verify-tampered').dataset.status).toBe('invalid');
  });

  it('signs a large payload in full but draws only the first groups', async () => {
    const payload = JSON.stringify({ sub: 'user-1', note: '가'.repeat(2000) });
    await typeInto('walkthrough-payload-input', payload);
    const signingInput = `${compactBase64url(DEFAULT_HEADER)}.${compactBase64url(payload)}`;
    const signature = createHmac('sha256', DEFAULT_SECRET).update(signingInput).digest('base64url');

    expect(await waitForToken(signingInput)).toBe(`${signingInput}.${signature}`);
    expect(container.querySelectorAll('button[data-piece-part="payload"][data-piece-group]')).toHaveLength(MAX_DETAILED_GROUPS);
    expect(byTestId('walkthrough-signing-input').textContent).toBe(signingInput);
  });

  it('reproduces the RFC 7515 A.1 token from its example', async () => {
    await act(async () => byTestId('walkthrough-load-rfc-example').click());
    const expected = `${RFC7515_A1.encodedHeader}.${RFC7515_A1.encodedPayload}.${RFC7515_A1.encodedSignature}`;

    expect(await waitForToken(RFC7515_A1.encodedHeader)).toBe(expected);
    expect((byTestId('walkthrough-secret-encoding') as HTMLSelectElement).value).toBe('base64url');
  });
});
