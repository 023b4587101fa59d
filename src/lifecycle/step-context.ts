import type { RandomBytes, SigningKeys } from './token-crypto';
import type {
  ActionCode,
  ActorId,
  HttpExchange,
  HttpHeader,
  HttpRequest,
  HttpResponse,
  OutcomeCode,
  SimulationState,
} from './types';

/** What a step works on: a private copy of the state it may change, and the run's keys. */
export interface StepContext {
  state: SimulationState;
  keys: SigningKeys;
  random: RandomBytes;
}

/** Sends a request: logs the exchange without a response and draws the request arrow. */
export function sendRequest(context: StepContext, from: ActorId, to: ActorId, request: HttpRequest): HttpExchange {
  const { state } = context;
  state.counters.exchange += 1;
  const exchange: HttpExchange = {
    id: `x${state.counters.exchange}`,
    from,
    to,
    request,
    requestStep: state.step,
    sentAt: state.now,
  };
  state.exchanges.push(exchange);
  pushMessage(context, { kind: 'request', from, to, exchangeId: exchange.id });
  return exchange;
}

/** Sets the response of an exchange that is still in flight and draws the response arrow back to the sender. */
export function sendResponse(context: StepContext, exchange: HttpExchange, response: HttpResponse, outcome: OutcomeCode): void {
  if (exchange.response !== undefined) {
    throw new Error(`Exchange ${exchange.id} (${exchange.request.method} ${exchange.request.path}) already has a response`);
  }
  exchange.response = response;
  exchange.responseStep = context.state.step;
  exchange.outcome = outcome;
  pushMessage(context, { kind: 'response', from: exchange.to, to: exchange.from, exchangeId: exchange.id });
}

/** Draws an action arrow: from one lane to another, or onto the same lane for a local action. */
export function recordAction(context: StepContext, from: ActorId, to: ActorId, action: ActionCode, ok = true): void {
  pushMessage(context, { kind: 'action', from, to, action, ok });
}

type NewMessage =
  | { kind: 'request' | 'response'; from: ActorId; to: ActorId; exchangeId: string }
  | { kind: 'action'; from: ActorId; to: ActorId; action: ActionCode; ok: boolean };

function pushMessage(context: StepContext, message: NewMessage): void {
  const { state } = context;
  state.counters.message += 1;
  state.messages.push({ ...message, id: `m${state.counters.message}`, step: state.step });
}

/** Finds an exchange by id; a missing one is a bug in a scenario, so it throws. */
export function findExchange(state: SimulationState, id: string): HttpExchange {
  const exchange = state.exchanges.find((candidate) => candidate.id === id);
  if (exchange === undefined) throw new Error(`No exchange with id ${id} in this simulation`);
  return exchange;
}

/** Returns the value of the first header with this name, compared case-insensitively as HTTP does. */
export function readHeader(headers: readonly HttpHeader[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([headerName]) => headerName.toLowerCase() === lower)?.[1];
}

/** Virtual time in whole seconds, the unit of `iat` and `exp`. */
export function toNumericDate(time: number): number {
  return Math.floor(time / 1000);
}
