/**
 * State of the token lifecycle simulation. Every value here is plain data (strings, numbers,
 * arrays, records), so a snapshot can be copied with `structuredClone` and kept for stepping back.
 * Times are virtual epoch milliseconds from the simulation's clock, never the device's clock.
 */

/** A lane in the sequence diagram. `server` is the single server of the short "how a JWT works" flow. */
export type ActorId = 'browser' | 'auth' | 'api' | 'store' | 'attacker' | 'server';

/** Where the browser keeps its tokens: the interview sheet's way, or current practice. */
export type StorageMode = 'local-storage' | 'http-only-cookie';

/** Algorithms the simulated servers sign with: a public-key signature or a shared-secret MAC. */
export type SigningAlg = 'ES256' | 'HS256';

export interface SimulationConfig {
  /** Virtual time at which the simulation starts. */
  startTime: number;
  /** Lifetime of an access token in milliseconds. */
  accessTokenLifetime: number;
  /** Absolute lifetime of a refresh token in milliseconds; a rotated token keeps the original expiry. */
  refreshTokenLifetime: number;
  storage: StorageMode;
  /** Each refresh returns a new refresh token and marks the old one used (RFC 9700 §4.14). */
  rotation: boolean;
  /** The API rejects access tokens whose `jti` was put on a denylist at logout. */
  denylist: boolean;
  alg: SigningAlg;
}

export type HttpHeader = readonly [name: string, value: string];

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: HttpHeader[];
  body?: string;
}

export interface HttpResponse {
  status: number;
  headers: HttpHeader[];
  body?: string;
}

/** Why a server answered the way it did; the page explains each code in its own words. */
export type OutcomeCode =
  | 'login-ok'
  | 'token-valid'
  | 'token-missing'
  | 'token-expired'
  | 'token-invalid'
  | 'token-revoked'
  | 'refresh-ok'
  | 'refresh-missing'
  | 'refresh-unknown'
  | 'refresh-expired'
  | 'refresh-revoked'
  | 'refresh-reused'
  | 'logout-ok';

/**
 * One HTTP request and its response. The response is missing while the request is in flight,
 * because a scenario may send a request in one step and let the server answer in the next.
 */
export interface HttpExchange {
  id: string;
  from: ActorId;
  to: ActorId;
  request: HttpRequest;
  requestStep: number;
  sentAt: number;
  response?: HttpResponse;
  responseStep?: number;
  outcome?: OutcomeCode;
}

/** Something an actor does that is not an HTTP message: signing, hashing, saving, revoking. */
export type ActionCode =
  | 'check-credentials'
  | 'sign-access-token'
  | 'create-refresh-token'
  | 'store-refresh-hash'
  | 'save-tokens'
  | 'verify-access-token'
  | 'load-user'
  | 'authorize-request'
  | 'lookup-refresh-hash'
  | 'rotate-refresh-token'
  | 'revoke-family'
  | 'deny-access-token'
  | 'clear-tokens'
  | 'show-login'
  | 'steal-tokens';

/** An arrow in the sequence diagram: half of an HTTP exchange, or an action between or within lanes. */
export type DiagramMessage =
  | { id: string; step: number; kind: 'request' | 'response'; from: ActorId; to: ActorId; exchangeId: string }
  | { id: string; step: number; kind: 'action'; from: ActorId; to: ActorId; action: ActionCode; ok: boolean };

/** A token the simulation has issued, with what the diagram and the progress bars need to show it. */
export interface IssuedToken {
  /** Short label shown to the learner: AT1, AT2, RT1, … */
  label: string;
  kind: 'access' | 'refresh';
  value: string;
  issuedAt: number;
  expiresAt: number;
  /** Access tokens: the `jti` claim. */
  jti?: string;
  /** Refresh tokens: hex SHA-256 of the value, the only form the token store keeps. */
  hash?: string;
  familyId?: string;
}

export type RefreshTokenStatus = 'active' | 'used' | 'revoked';

/** A row of the auth server's refresh token table. It never contains the token itself. */
export interface RefreshTokenRecord {
  hash: string;
  familyId: string;
  sub: string;
  issuedAt: number;
  /** Absolute expiry; rotation copies it from the token being replaced. */
  expiresAt: number;
  status: RefreshTokenStatus;
  usedAt?: number;
  revokedAt?: number;
}

export interface DenylistEntry {
  jti: string;
  /** The entry can be dropped once the token would have expired anyway. */
  expiresAt: number;
}

export interface BrowserCookie {
  name: string;
  value: string;
  path: string;
  expiresAt: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
}

export interface BrowserState {
  /** JavaScript variables of the page, lost on reload. */
  memory: { accessToken?: string };
  localStorage: Record<string, string>;
  cookies: BrowserCookie[];
  /** What the user sees: the login form or the signed-in app. */
  screen: 'login' | 'app';
}

export interface AttackerState {
  accessToken?: string;
  refreshToken?: string;
}

export interface SimulationState {
  config: SimulationConfig;
  /** Virtual time of the last step that ran. */
  now: number;
  /** Number of the last step that ran; 0 before the first. */
  step: number;
  /** Virtual time at which the last step ran; the next step's time is counted from it. */
  lastStepAt: number;
  browser: BrowserState;
  attacker: AttackerState;
  refreshTokens: RefreshTokenRecord[];
  denylist: DenylistEntry[];
  issued: IssuedToken[];
  exchanges: HttpExchange[];
  messages: DiagramMessage[];
  /** Counters for labels and ids, so replaying a step gives the same labels. */
  counters: { access: number; refresh: number; family: number; exchange: number; message: number };
}
