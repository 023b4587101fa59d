import { handleApiRequest } from '../api-server';
import { answerLogin, answerRefresh } from '../auth-server';
import {
  clearTokens,
  currentAccessToken,
  sendApiRequest,
  sendAttackerRefresh,
  sendLogin,
  sendRefresh,
  storeTokens,
} from '../browser';
import { after, latestIssued, MINUTE, SECOND, type Scenario, type StepDefinition } from '../scenario';
import { recordAction, type StepContext } from '../step-context';
import { stealWithXss } from '../xss';
import { logoutStep } from './lifecycle';

const ATTACKER_DELAY = MINUTE;
const AFTER_EXPIRY = MINUTE;
const REPLAY_DELAY = 10 * MINUTE;

/** Logs in, issues both tokens and stores them, all in one step: the branches start from a signed-in browser. */
const signInStep: StepDefinition = {
  id: 'sign-in',
  at: after(0),
  run: async (context) => {
    const login = sendLogin(context);
    await answerLogin(context, login, { refreshToken: true, actor: 'auth' });
    storeTokens(context, login);
  },
};

const stealStep: StepDefinition = {
  id: 'xss-steal',
  at: after(ATTACKER_DELAY),
  run: async (context) => {
    stealWithXss(context);
  },
};

/**
 * Refresh token rotation with reuse detection (RFC 9700 §4.14.2): a stolen refresh token that
 * was already rotated comes back, the server revokes the whole family, and both the victim and the
 * attacker have to sign in again. The refresh token sits in local storage here so that XSS can
 * copy it; rotation is the defence being shown.
 */
export const rotationScenario: Scenario = {
  id: 'rotation',
  actors: ['browser', 'auth', 'store', 'api', 'attacker'],
  overrides: { rotation: true, storage: 'local-storage' },
  duration: (config) => ATTACKER_DELAY + 2 * (config.accessTokenLifetime + AFTER_EXPIRY) + REPLAY_DELAY + 10 * SECOND,
  steps: [
    signInStep,
    stealStep,
    {
      id: 'victim-refresh',
      at: (state) => Math.max(state.lastStepAt, latestIssued(state, 'access').expiresAt) + AFTER_EXPIRY,
      prediction: 'refresh-status',
      run: async (context) => {
        await refreshOnUnauthorized(context);
      },
    },
    {
      id: 'attacker-replay',
      at: after(REPLAY_DELAY),
      prediction: 'refresh-status',
      run: async (context) => {
        const stolen = context.state.attacker.refreshToken;
        if (stolen === undefined) throw new Error('The attacker has no refresh token: the XSS step must run first in local storage mode');
        const replay = sendAttackerRefresh(context, stolen);
        await answerRefresh(context, replay);
      },
    },
    {
      id: 'victim-locked-out',
      at: (state) => Math.max(state.lastStepAt, latestIssued(state, 'access').expiresAt) + AFTER_EXPIRY,
      prediction: 'refresh-status',
      run: async (context) => {
        await refreshOnUnauthorized(context);
      },
    },
  ],
};

/**
 * Logout without a denylist: the server revokes the refresh token, the browser forgets its tokens,
 * and a copy of the access token still works at the API until its `exp`.
 */
export const logoutScenario: Scenario = {
  id: 'logout',
  actors: ['browser', 'auth', 'store', 'api', 'attacker'],
  duration: (config) => Math.max(3 * ATTACKER_DELAY, config.accessTokenLifetime) + AFTER_EXPIRY + 10 * SECOND,
  steps: [
    signInStep,
    stealStep,
    logoutStep(ATTACKER_DELAY),
    {
      id: 'zombie-call',
      at: after(ATTACKER_DELAY),
      prediction: 'api-status',
      run: async (context) => {
        const call = sendApiRequest(context, 'attacker', context.state.attacker.accessToken);
        await handleApiRequest(context, call);
      },
    },
    {
      id: 'zombie-expired',
      at: (state) => Math.max(state.lastStepAt, latestIssued(state, 'access').expiresAt) + AFTER_EXPIRY,
      prediction: 'api-status',
      run: async (context) => {
        const call = sendApiRequest(context, 'attacker', context.state.attacker.accessToken);
        await handleApiRequest(context, call);
      },
    },
  ],
};

/** Calls the API; on 401 refreshes, then either retries once or, when the refresh fails, signs the user out. */
async function refreshOnUnauthorized(context: StepContext): Promise<void> {
  const call = sendApiRequest(context, 'browser', currentAccessToken(context.state.browser));
  await handleApiRequest(context, call);
  if (call.response?.status !== 401) return;

  const refresh = sendRefresh(context);
  await answerRefresh(context, refresh);
  if (refresh.response?.status === 200) {
    storeTokens(context, refresh);
    const retry = sendApiRequest(context, 'browser', currentAccessToken(context.state.browser));
    await handleApiRequest(context, retry);
    return;
  }
  clearTokens(context, refresh);
  recordAction(context, 'browser', 'browser', 'show-login');
}
