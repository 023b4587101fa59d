import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDebuggerStore } from '../debugger-store';
import { useSignatureStore } from './signature-store';
import { resign } from './use-signature-controller';

const SECRET = 'resign-test-secret-with-32-bytes!';

function unsigned(payload: object): string {
  const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
  return `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.b2xkLXNpZ25hdHVyZQ`;
}

function expectedSignature(token: string): string {
  const [header, payload] = token.split('.');
  return createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url');
}

describe('resign', () => {
  beforeEach(() => {
    useSignatureStore.setState({ secret: SECRET, secretEncoding: 'utf8', privateKey: '', editedToken: null, resignProblem: null });
  });

  it('replaces the edited token with a signed one', async () => {
    const token = unsigned({ sub: 'edited' });
    useDebuggerStore.getState().applyEdit(token);
    await resign({ sequence: 1, token });
    expect(useDebuggerStore.getState().input.split('.')[2]).toBe(expectedSignature(token));
    expect(useSignatureStore.getState().editedToken).toBeNull();
  });

  it('leaves a newer input alone', async () => {
    const token = unsigned({ sub: 'first' });
    useDebuggerStore.getState().applyEdit(token);
    const pending = resign({ sequence: 1, token });
    useDebuggerStore.getState().setInput('typed.meanwhile.x');
    await pending;
    expect(useDebuggerStore.getState().input).toBe('typed.meanwhile.x');
  });

  it('marks the token edited when no secret is set', async () => {
    useSignatureStore.setState({ secret: '' });
    const token = unsigned({ sub: 'no-secret' });
    useDebuggerStore.getState().applyEdit(token);
    await resign({ sequence: 1, token });
    expect(useDebuggerStore.getState().input).toBe(token);
    expect(useSignatureStore.getState().editedToken).toBe(token);
    expect(useSignatureStore.getState().resignProblem).toEqual({ code: 'no-secret', params: { alg: 'HS256' } });
  });
});
