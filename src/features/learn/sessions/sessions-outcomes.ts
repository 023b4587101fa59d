import type { ApiServer, CredentialKind, DemoState, Side } from './sessions-model';

/**
 * Computes each server's response to each credential in the demo state. The session side looks
 * the ID up, and the token side checks the signature, key, expiry and denylist.
 */

export type OutcomeReason =
  | 'no-credential'
  | 'session-found'
  | 'session-unknown'
  | 'session-on-other-server'
  | 'signature-valid'
  | 'forged-accepted'
  | 'bad-signature'
  | 'unknown-kid'
  | 'expired'
  | 'revoked';

/** The response one server gives one credential: 200 with the reason it was accepted, or 401 and why not. */
export interface Outcome {
  status: 200 | 401;
  reason: OutcomeReason;
}

/** Lists which credentials exist now, in a stable order, so each gets a row in the outcome table. */
export function presentCredentials(state: DemoState, side: Side): CredentialKind[] {
  const kinds: CredentialKind[] = ['user'];
  const stolen = side === 'session' ? state.attacker.sessionId : state.attacker.token;
  const forged = side === 'session' ? state.attacker.forgedSessionId : state.attacker.forgedToken;
  if (stolen !== null) kinds.push('stolen');
  if (forged !== null) kinds.push('forged');
  return kinds;
}

/** Looks a session ID up the way the configured storage does. */
export function evaluateSession(state: DemoState, server: ApiServer, kind: CredentialKind): Outcome {
  const sessionIds = { user: state.user.sessionId, stolen: state.attacker.sessionId, forged: state.attacker.forgedSessionId };
  const sessionId = sessionIds[kind];
  if (sessionId === null) return { status: 401, reason: 'no-credential' };

  if (state.sessionStorage === 'shared-store') {
    return state.sessionStore.includes(sessionId) ? { status: 200, reason: 'session-found' } : { status: 401, reason: 'session-unknown' };
  }
  if (state.serverSessions[server.id]?.includes(sessionId)) return { status: 200, reason: 'session-found' };
  const elsewhere = Object.values(state.serverSessions).some((sessions) => sessions.includes(sessionId));
  return { status: 401, reason: elsewhere ? 'session-on-other-server' : 'session-unknown' };
}

/** Verifies a token the way a server does: signature and key first, then expiry, then the denylist if there is one. */
export function evaluateToken(state: DemoState, _server: ApiServer, kind: CredentialKind): Outcome {
  if (kind === 'forged') {
    const forged = state.attacker.forgedToken;
    if (forged === null) return { status: 401, reason: 'no-credential' };
    const accepted = forged.signedWith === 'shared-secret' && state.keyMode === 'shared-secret' && forged.version === state.keyVersion;
    return accepted ? { status: 200, reason: 'forged-accepted' } : { status: 401, reason: 'bad-signature' };
  }

  const token = kind === 'user' ? state.user.token : state.attacker.token;
  if (token === null) return { status: 401, reason: 'no-credential' };
  if (state.keyMode === 'key-pair' && !state.publishedKeys.includes(token.kid)) return { status: 401, reason: 'unknown-kid' };
  if (state.keyMode === 'shared-secret' && token.kid !== state.keyVersion) return { status: 401, reason: 'bad-signature' };
  // RFC 7519 §4.1.4: the token must not be accepted on or after its expiry time.
  if (state.clock >= token.expiresAt) return { status: 401, reason: 'expired' };
  if (state.denylistEnabled && state.denylist.includes(token.jti)) return { status: 401, reason: 'revoked' };
  return { status: 200, reason: 'signature-valid' };
}

/** Counts the places holding a key that can sign tokens: the auth server, plus every API server when they share its secret. */
export function countTokenSigners(state: DemoState): number {
  return state.keyMode === 'shared-secret' ? state.servers.length + 1 : 1;
}
