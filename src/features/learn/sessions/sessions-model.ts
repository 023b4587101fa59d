/**
 * A small model of API servers behind a load balancer, checking logins two ways: a session ID
 * looked up in a session store, or a JWT access token verified with a key. It has no React and no
 * timers, so each scenario is a list of actions that tests can replay.
 */

export type SessionStorage = 'shared-store' | 'server-memory';
export type KeyMode = 'shared-secret' | 'key-pair';
export type Side = 'session' | 'token';
/** Sender of a credential: the user, an attacker with a stolen copy, or an attacker with a forged one. */
export type CredentialKind = 'user' | 'stolen' | 'forged';

/** Access token lifetime in the model, in virtual minutes. */
export const ACCESS_TOKEN_MINUTES = 15;

export interface ApiServer {
  id: number;
  compromised: boolean;
}

interface IssuedToken {
  jti: string;
  /** Version of the signing key, shown as `kid`. */
  kid: number;
  expiresAt: number;
}

/** A token the attacker signed: with a copy of the shared secret, or with a key of their own. */
type ForgedToken = { signedWith: 'shared-secret'; version: number } | { signedWith: 'attacker-key' };

export interface DemoState {
  sessionStorage: SessionStorage;
  keyMode: KeyMode;
  denylistEnabled: boolean;
  servers: ApiServer[];
  clock: number;
  user: { sessionId: string | null; token: IssuedToken | null };
  attacker: { sessionId: string | null; token: IssuedToken | null; forgedSessionId: string | null; forgedToken: ForgedToken | null };
  /** Session IDs in the shared store (Redis, a database). */
  sessionStore: string[];
  /** Session IDs each server keeps in its own memory, by server id. */
  serverSessions: Record<number, string[]>;
  denylist: string[];
  keyVersion: number;
  /** Key versions in the JWKS. Only used with key pairs: the previous key stays until tokens signed with it expire. */
  publishedKeys: number[];
  nextId: number;
  loginCount: number;
  events: DemoEvent[];
}

export type DemoEventCode =
  | 'login'
  | 'login-ignored'
  | 'logout'
  | 'logout-denylist'
  | 'steal'
  | 'steal-ignored'
  | 'server-added'
  | 'compromised-secret'
  | 'compromised-public-key'
  | 'time-passed'
  | 'rotated-key-pair'
  | 'rotated-secret'
  | 'rotated-secret-leaked'
  | 'setup-changed';

export interface DemoEvent {
  id: number;
  code: DemoEventCode;
  params: Record<string, string | number>;
}

export type DemoAction =
  | { type: 'login' }
  | { type: 'logout' }
  | { type: 'steal' }
  | { type: 'add-server' }
  | { type: 'compromise'; serverId: number }
  | { type: 'advance-clock'; minutes: number }
  | { type: 'rotate-key' }
  | { type: 'configure'; sessionStorage?: SessionStorage; keyMode?: KeyMode; denylistEnabled?: boolean }
  | { type: 'reset' };

const MAX_EVENTS = 8;

export function createDemoState(setup: Partial<Pick<DemoState, 'sessionStorage' | 'keyMode' | 'denylistEnabled'>> = {}): DemoState {
  const servers = [1, 2, 3].map((id) => ({ id, compromised: false }));
  return {
    sessionStorage: setup.sessionStorage ?? 'shared-store',
    keyMode: setup.keyMode ?? 'shared-secret',
    denylistEnabled: setup.denylistEnabled ?? false,
    servers,
    clock: 0,
    user: { sessionId: null, token: null },
    attacker: { sessionId: null, token: null, forgedSessionId: null, forgedToken: null },
    sessionStore: [],
    serverSessions: Object.fromEntries(servers.map((server) => [server.id, []])),
    denylist: [],
    keyVersion: 1,
    publishedKeys: [1],
    nextId: 1,
    loginCount: 0,
    events: [],
  };
}

function withEvent(state: DemoState, code: DemoEventCode, params: Record<string, string | number> = {}): DemoState {
  const event = { id: state.nextId, code, params };
  return { ...state, nextId: state.nextId + 1, events: [event, ...state.events].slice(0, MAX_EVENTS) };
}

function removeSession(state: DemoState, sessionId: string): Pick<DemoState, 'sessionStore' | 'serverSessions'> {
  const serverSessions = Object.fromEntries(
    Object.entries(state.serverSessions).map(([id, sessions]) => [id, sessions.filter((session) => session !== sessionId)]),
  );
  return { sessionStore: state.sessionStore.filter((session) => session !== sessionId), serverSessions };
}

/** Applies one user or attacker action and returns the next state. */
export function reduceDemo(state: DemoState, action: DemoAction): DemoState {
  switch (action.type) {
    case 'login':
      return logIn(state);
    case 'logout':
      return logOut(state);
    case 'steal':
      if (state.user.sessionId === null || state.user.token === null) return withEvent(state, 'steal-ignored');
      return withEvent({ ...state, attacker: { ...state.attacker, sessionId: state.user.sessionId, token: state.user.token } }, 'steal');
    case 'add-server':
      return addServer(state);
    case 'compromise':
      return compromise(state, action.serverId);
    case 'advance-clock':
      return withEvent({ ...state, clock: state.clock + action.minutes }, 'time-passed', { minutes: action.minutes });
    case 'rotate-key':
      return rotateKey(state);
    case 'configure': {
      const fresh = createDemoState({
        sessionStorage: action.sessionStorage ?? state.sessionStorage,
        keyMode: action.keyMode ?? state.keyMode,
        denylistEnabled: action.denylistEnabled ?? state.denylistEnabled,
      });
      return withEvent({ ...fresh, nextId: state.nextId }, 'setup-changed');
    }
    case 'reset':
      return createDemoState({ sessionStorage: state.sessionStorage, keyMode: state.keyMode, denylistEnabled: state.denylistEnabled });
  }
}

function logIn(state: DemoState): DemoState {
  if (state.user.sessionId !== null) return withEvent(state, 'login-ignored');

  const sessionId = `s${state.nextId}`;
  const token = { jti: `t${state.nextId}`, kid: state.keyVersion, expiresAt: state.clock + ACCESS_TOKEN_MINUTES };
  // The load balancer sends each login to the next server in turn (round robin).
  const loginServer = state.servers[state.loginCount % state.servers.length] as ApiServer;
  const next: DemoState = {
    ...state,
    user: { sessionId, token },
    loginCount: state.loginCount + 1,
    sessionStore: state.sessionStorage === 'shared-store' ? [...state.sessionStore, sessionId] : state.sessionStore,
    serverSessions:
      state.sessionStorage === 'server-memory'
        ? { ...state.serverSessions, [loginServer.id]: [...(state.serverSessions[loginServer.id] ?? []), sessionId] }
        : state.serverSessions,
  };
  return withEvent(next, 'login', { server: loginServer.id, session: sessionId, jti: token.jti });
}

function logOut(state: DemoState): DemoState {
  const { sessionId, token } = state.user;
  if (sessionId === null) return state;

  const denylist = state.denylistEnabled && token !== null ? [...state.denylist, token.jti] : state.denylist;
  const next = { ...state, ...removeSession(state, sessionId), denylist, user: { sessionId: null, token: null } };
  return withEvent(next, state.denylistEnabled ? 'logout-denylist' : 'logout', { jti: token?.jti ?? '' });
}

function addServer(state: DemoState): DemoState {
  const id = Math.max(...state.servers.map((server) => server.id)) + 1;
  const next = {
    ...state,
    servers: [...state.servers, { id, compromised: false }],
    serverSessions: { ...state.serverSessions, [id]: [] },
  };
  return withEvent(next, 'server-added', { server: id });
}

function compromise(state: DemoState, serverId: number): DemoState {
  if (!state.servers.some((server) => server.id === serverId)) return state;

  const servers = state.servers.map((server) => (server.id === serverId ? { ...server, compromised: true } : server));
  // With a shared store, an API server has write access to it, so the attacker can plant a session
  // every server trusts. With server memory, a planted session lives on the compromised server only.
  const forgedSessionId = state.attacker.forgedSessionId ?? `forged-s${state.nextId}`;
  const sessionStore =
    state.sessionStorage === 'shared-store' && !state.sessionStore.includes(forgedSessionId) ? [...state.sessionStore, forgedSessionId] : state.sessionStore;
  const serverSessions =
    state.sessionStorage === 'server-memory'
      ? { ...state.serverSessions, [serverId]: [...new Set([...(state.serverSessions[serverId] ?? []), forgedSessionId])] }
      : state.serverSessions;

  // A verifier with the shared secret can also sign. A verifier with a public key cannot, so the
  // attacker can only sign with a key of their own, which no server trusts.
  const forgedToken: ForgedToken =
    state.keyMode === 'shared-secret' ? { signedWith: 'shared-secret', version: state.keyVersion } : { signedWith: 'attacker-key' };

  const next = { ...state, servers, sessionStore, serverSessions, attacker: { ...state.attacker, forgedSessionId, forgedToken } };
  return withEvent(next, state.keyMode === 'shared-secret' ? 'compromised-secret' : 'compromised-public-key', { server: serverId });
}

function rotateKey(state: DemoState): DemoState {
  const keyVersion = state.keyVersion + 1;
  if (state.keyMode === 'key-pair') {
    // The JWKS keeps the previous public key so tokens signed just before the rotation still verify.
    const publishedKeys = [state.keyVersion, keyVersion];
    return withEvent({ ...state, keyVersion, publishedKeys }, 'rotated-key-pair', { kid: keyVersion });
  }

  // Every server gets the new secret, including a compromised one, which hands it to the attacker.
  const leaked = state.servers.some((server) => server.compromised);
  const forgedToken: ForgedToken | null = leaked ? { signedWith: 'shared-secret', version: keyVersion } : state.attacker.forgedToken;
  const next = { ...state, keyVersion, publishedKeys: [keyVersion], attacker: { ...state.attacker, forgedToken } };
  return withEvent(next, leaked ? 'rotated-secret-leaked' : 'rotated-secret', { kid: keyVersion });
}
