import { DEMO_USER } from './auth-server';
import { bearerChallenge, JSON_TYPE, toJsonBody } from './http';
import { readHeader, recordAction, sendResponse, type StepContext } from './step-context';
import { verifyAccessToken } from './token-crypto';
import type { ActorId, HttpExchange, OutcomeCode } from './types';

/** The profile `GET /api/me` returns for the demo account. */
export const DEMO_PROFILE = { id: DEMO_USER.id, name: 'Kim Jiwoo', plan: 'free' } as const;

/**
 * Runs the resource server's checks on a pending API request and stores the result as the
 * exchange's outcome: the bearer token's signature, `iss`, `aud` and `exp` through jose at the
 * virtual time, then the denylist when one is configured. Does not send the response yet, so a
 * scenario can show checking and responding as separate steps.
 */
export async function inspectApiRequest(context: StepContext, exchange: HttpExchange, actor: ActorId = 'api'): Promise<OutcomeCode> {
  const { state } = context;
  const authorization = readHeader(exchange.request.headers, 'Authorization');
  const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : undefined;

  let outcome: OutcomeCode;
  if (token === undefined) {
    outcome = 'token-missing';
  } else {
    const check = await verifyAccessToken(context.keys, token, state.now);
    recordAction(context, actor, actor, 'verify-access-token', check.ok);
    if (!check.ok) outcome = check.code;
    else if (state.config.denylist && state.denylist.some((entry) => entry.jti === check.jti)) outcome = 'token-revoked';
    else outcome = 'token-valid';
  }

  // In the short flow the store lane is the user database; in the lifecycle it is the auth
  // server's token table, which the API never reads.
  if (outcome === 'token-valid' && actor === 'server') recordAction(context, actor, 'store', 'load-user');

  exchange.outcome = outcome;
  return outcome;
}

/** Responds to an inspected API request: 200 with the profile, or 401 with an RFC 6750 §3 challenge. */
export function answerApiRequest(context: StepContext, exchange: HttpExchange): void {
  const outcome = exchange.outcome;
  if (outcome === undefined) throw new Error(`Exchange ${exchange.id} must be inspected before the API responds to it`);

  if (outcome === 'token-valid') {
    sendResponse(context, exchange, { status: 200, headers: [JSON_TYPE], body: toJsonBody(DEMO_PROFILE) }, outcome);
    return;
  }

  const challenge =
    outcome === 'token-missing'
      ? bearerChallenge()
      : bearerChallenge({ code: 'invalid_token', description: INVALID_TOKEN_DESCRIPTIONS[outcome] ?? 'invalid token' });
  const body = outcome === 'token-missing' ? { error: 'unauthorized' } : { error: 'invalid_token' };
  sendResponse(context, exchange, { status: 401, headers: [JSON_TYPE, challenge], body: toJsonBody(body) }, outcome);
}

/** Inspects an API request and responds to it in one step. */
export async function handleApiRequest(context: StepContext, exchange: HttpExchange, actor: ActorId = 'api'): Promise<OutcomeCode> {
  const outcome = await inspectApiRequest(context, exchange, actor);
  answerApiRequest(context, exchange);
  return outcome;
}

const INVALID_TOKEN_DESCRIPTIONS: Partial<Record<OutcomeCode, string>> = {
  'token-expired': 'the access token expired',
  'token-invalid': 'the access token signature or claims are invalid',
  'token-revoked': 'the access token was revoked',
};
