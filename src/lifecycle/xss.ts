import { recordAction, type StepContext } from './step-context';
import type { BrowserState } from './types';

/** How an injected script gets at a token: it reads it directly, or wraps `fetch` and catches it on the next request. */
export type ExposureMethod = 'read' | 'intercept';

export interface ExposedItem {
  source: 'local-storage' | 'document-cookie' | 'memory';
  name: string;
  value: string;
  method: ExposureMethod;
}

export interface ProtectedItem {
  source: 'cookie-jar';
  name: string;
  /** HttpOnly hides a cookie from `document.cookie`; the browser still sends it with matching requests. */
  reason: 'http-only';
}

export interface XssReport {
  exposed: ExposedItem[];
  hidden: ProtectedItem[];
}

/**
 * Lists what a script injected into the page could take from the browser at this moment.
 * It does not model what the script can do without taking anything: it can always send requests
 * as the user from inside the page, and the browser attaches even HttpOnly cookies to them.
 */
export function inspectXss(browser: BrowserState, now: number): XssReport {
  const exposed: ExposedItem[] = Object.entries(browser.localStorage).map(([name, value]) => ({
    source: 'local-storage',
    name,
    value,
    method: 'read',
  }));
  const hidden: ProtectedItem[] = [];

  for (const cookie of browser.cookies) {
    if (cookie.expiresAt <= now) continue;
    if (cookie.httpOnly) hidden.push({ source: 'cookie-jar', name: cookie.name, reason: 'http-only' });
    else exposed.push({ source: 'document-cookie', name: cookie.name, value: cookie.value, method: 'read' });
  }

  // A token in a closure is out of reach of `window` lookups, but not of a patched `fetch`.
  if (browser.memory.accessToken !== undefined) {
    exposed.push({ source: 'memory', name: 'accessToken', value: browser.memory.accessToken, method: 'intercept' });
  }
  return { exposed, hidden };
}

/** Has the attacker copy every token an injected script can reach, and draws the theft. */
export function stealWithXss(context: StepContext): XssReport {
  const { state } = context;
  const report = inspectXss(state.browser, state.now);
  for (const item of report.exposed) {
    const issued = state.issued.find((token) => token.value === item.value);
    if (issued?.kind === 'access') state.attacker.accessToken = item.value;
    if (issued?.kind === 'refresh') state.attacker.refreshToken = item.value;
  }
  recordAction(context, 'browser', 'attacker', 'steal-tokens', report.exposed.length > 0);
  return report;
}
