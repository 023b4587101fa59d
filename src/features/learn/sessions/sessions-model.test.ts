import { describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_MINUTES, createDemoState, reduceDemo, type CredentialKind, type DemoAction, type DemoState } from './sessions-model';
import { countTokenSigners, evaluateSession, evaluateToken, presentCredentials, type Outcome } from './sessions-outcomes';

function run(state: DemoState, actions: DemoAction[]): DemoState {
  return actions.reduce(reduceDemo, state);
}

function sessionOutcomes(state: DemoState, kind: CredentialKind): Outcome[] {
  return state.servers.map((server) => evaluateSession(state, server, kind));
}

function tokenOutcomes(state: DemoState, kind: CredentialKind): Outcome[] {
  return state.servers.map((server) => evaluateToken(state, server, kind));
}

const ok = (reason: Outcome['reason']): Outcome => ({ status: 200, reason });
const rejected = (reason: Outcome['reason']): Outcome => ({ status: 401, reason });

describe('login', () => {
  it('is accepted by every server with a shared store and a shared key', () => {
    const state = run(createDemoState(), [{ type: 'login' }]);
    expect(sessionOutcomes(state, 'user')).toEqual([ok('session-found'), ok('session-found'), ok('session-found')]);
    expect(tokenOutcomes(state, 'user')).toEqual([ok('signature-valid'), ok('signature-valid'), ok('signature-valid')]);
  });

  it('works only on the login server when sessions live in server memory', () => {
    const state = run(createDemoState({ sessionStorage: 'server-memory' }), [{ type: 'login' }]);
    expect(sessionOutcomes(state, 'user')).toEqual([ok('session-found'), rejected('session-on-other-server'), rejected('session-on-other-server')]);
    expect(tokenOutcomes(state, 'user').every((outcome) => outcome.status === 200)).toBe(true);
  });

  it('is ignored while already logged in', () => {
    const state = run(createDemoState(), [{ type: 'login' }, { type: 'login' }]);
    expect(state.sessionStore).toHaveLength(1);
    expect(state.events[0]?.code).toBe('login-ignored');
  });
});

describe('logout', () => {
  it('ends a stolen session everywhere but leaves a stolen token valid', () => {
    const state = run(createDemoState(), [{ type: 'login' }, { type: 'steal' }, { type: 'logout' }]);
    expect(sessionOutcomes(state, 'stolen').every((outcome) => outcome.reason === 'session-unknown')).toBe(true);
    expect(tokenOutcomes(state, 'stolen').every((outcome) => outcome.reason === 'signature-valid')).toBe(true);
    expect(tokenOutcomes(state, 'user').every((outcome) => outcome.reason === 'no-credential')).toBe(true);
  });

  it('revokes a stolen token when servers check a denylist', () => {
    const state = run(createDemoState({ denylistEnabled: true }), [{ type: 'login' }, { type: 'steal' }, { type: 'logout' }]);
    expect(tokenOutcomes(state, 'stolen').every((outcome) => outcome.reason === 'revoked')).toBe(true);
    expect(state.denylist).toEqual([state.attacker.token?.jti]);
  });

  it('does nothing when nobody is logged in', () => {
    const initial = createDemoState();
    expect(reduceDemo(initial, { type: 'logout' })).toBe(initial);
  });
});

describe('stolen token', () => {
  it('works until it expires', () => {
    const stolen = run(createDemoState(), [{ type: 'login' }, { type: 'steal' }]);
    const almost = reduceDemo(stolen, { type: 'advance-clock', minutes: ACCESS_TOKEN_MINUTES - 1 });
    const expired = reduceDemo(almost, { type: 'advance-clock', minutes: 1 });
    expect(tokenOutcomes(almost, 'stolen')[0]).toEqual(ok('signature-valid'));
    expect(tokenOutcomes(expired, 'stolen')[0]).toEqual(rejected('expired'));
  });

  it('keeps a stolen session alive as long as the server keeps it', () => {
    const state = run(createDemoState(), [{ type: 'login' }, { type: 'steal' }, { type: 'advance-clock', minutes: 60 }]);
    expect(sessionOutcomes(state, 'stolen')[0]).toEqual(ok('session-found'));
  });

  it('needs someone logged in', () => {
    const state = reduceDemo(createDemoState(), { type: 'steal' });
    expect(state.events[0]?.code).toBe('steal-ignored');
    expect(presentCredentials(state, 'token')).toEqual(['user']);
  });
});

describe('add-server', () => {
  it('lets a new server verify tokens at once', () => {
    const state = run(createDemoState(), [{ type: 'login' }, { type: 'add-server' }]);
    expect(state.servers.map((server) => server.id)).toEqual([1, 2, 3, 4]);
    expect(tokenOutcomes(state, 'user')[3]).toEqual(ok('signature-valid'));
    expect(sessionOutcomes(state, 'user')[3]).toEqual(ok('session-found'));
  });

  it('leaves a new server without in-memory sessions', () => {
    const state = run(createDemoState({ sessionStorage: 'server-memory' }), [{ type: 'login' }, { type: 'add-server' }]);
    expect(sessionOutcomes(state, 'user')[3]).toEqual(rejected('session-on-other-server'));
  });

  it('adds a token signer only with a shared secret', () => {
    const shared = run(createDemoState(), [{ type: 'add-server' }]);
    const pair = run(createDemoState({ keyMode: 'key-pair' }), [{ type: 'add-server' }]);
    expect(countTokenSigners(shared)).toBe(5);
    expect(countTokenSigners(pair)).toBe(1);
  });
});

describe('compromise', () => {
  it('lets a shared-secret holder forge tokens every server accepts', () => {
    const state = run(createDemoState(), [{ type: 'compromise', serverId: 2 }]);
    expect(tokenOutcomes(state, 'forged')).toEqual([ok('forged-accepted'), ok('forged-accepted'), ok('forged-accepted')]);
    expect(state.servers.find((server) => server.id === 2)?.compromised).toBe(true);
  });

  it('gives a public-key holder nothing to sign with', () => {
    const state = run(createDemoState({ keyMode: 'key-pair' }), [{ type: 'compromise', serverId: 2 }]);
    expect(tokenOutcomes(state, 'forged').every((outcome) => outcome.reason === 'bad-signature')).toBe(true);
  });

  it('plants a session every server trusts through a shared store', () => {
    const state = run(createDemoState(), [{ type: 'compromise', serverId: 1 }]);
    expect(sessionOutcomes(state, 'forged').every((outcome) => outcome.status === 200)).toBe(true);
  });

  it('plants a session only on the compromised server with server memory', () => {
    const state = run(createDemoState({ sessionStorage: 'server-memory' }), [{ type: 'compromise', serverId: 3 }]);
    expect(sessionOutcomes(state, 'forged').map((outcome) => outcome.status)).toEqual([401, 401, 200]);
  });

  it('ignores an unknown server', () => {
    const initial = createDemoState();
    expect(reduceDemo(initial, { type: 'compromise', serverId: 9 })).toBe(initial);
  });
});

describe('rotate-key', () => {
  it('keeps tokens signed with the previous key pair valid, then drops them', () => {
    const loggedIn = run(createDemoState({ keyMode: 'key-pair' }), [{ type: 'login' }]);
    const once = reduceDemo(loggedIn, { type: 'rotate-key' });
    const twice = reduceDemo(once, { type: 'rotate-key' });
    expect(once.publishedKeys).toEqual([1, 2]);
    expect(tokenOutcomes(once, 'user')[0]).toEqual(ok('signature-valid'));
    expect(tokenOutcomes(twice, 'user')[0]).toEqual(rejected('unknown-kid'));
  });

  it('invalidates every token signed with the old shared secret', () => {
    const state = run(createDemoState(), [{ type: 'login' }, { type: 'rotate-key' }]);
    expect(tokenOutcomes(state, 'user')[0]).toEqual(rejected('bad-signature'));
  });

  it('hands the new secret to an attacker who still controls a server', () => {
    const state = run(createDemoState(), [{ type: 'compromise', serverId: 1 }, { type: 'rotate-key' }]);
    expect(tokenOutcomes(state, 'forged')[0]).toEqual(ok('forged-accepted'));
    expect(state.events[0]?.code).toBe('rotated-secret-leaked');
  });
});

describe('configure', () => {
  it('restarts the scenario with the new setup', () => {
    const state = run(createDemoState(), [{ type: 'login' }, { type: 'configure', keyMode: 'key-pair' }]);
    expect(state.keyMode).toBe('key-pair');
    expect(state.user.sessionId).toBeNull();
    expect(state.events[0]?.code).toBe('setup-changed');
  });
});

describe('presentCredentials', () => {
  it('lists stolen and forged credentials once they exist', () => {
    const state = run(createDemoState(), [{ type: 'login' }, { type: 'steal' }, { type: 'compromise', serverId: 1 }]);
    expect(presentCredentials(state, 'session')).toEqual(['user', 'stolen', 'forged']);
    expect(presentCredentials(state, 'token')).toEqual(['user', 'stolen', 'forged']);
  });
});

describe('events', () => {
  it('keeps the eight newest', () => {
    const state = run(createDemoState(), Array.from({ length: 12 }, () => ({ type: 'add-server' }) as const));
    expect(state.events).toHaveLength(8);
    expect(state.events[0]?.params.server).toBe(15);
  });
});
