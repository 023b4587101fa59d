import { answerApiRequest, handleApiRequest, inspectApiRequest } from '../api-server';
import { answerLogin, answerLogout, answerRefresh } from '../auth-server';
import { clearTokens, currentAccessToken, sendApiRequest, sendLogin, sendLogout, sendRefresh, storeTokens } from '../browser';
import { after, findIssued, HOUR, latestIssued, MINUTE, SECOND, type Scenario, type StepDefinition } from '../scenario';
import { recordAction, type StepContext } from '../step-context';
import type { HttpExchange } from '../types';

/** How long the user stays away after the access token expired before using the app again. */
export const IDLE_AFTER_ACCESS_EXPIRY = 5 * MINUTE;
/** How long after the refresh token's expiry the user comes back in step 7. */
export const RETURN_AFTER_REFRESH_EXPIRY = HOUR;
/** How long the user works after signing in again, before logging out in step 8. */
export const WORK_BEFORE_LOGOUT = 10 * MINUTE;

/**
 * The interview sheet's eight steps of the access and refresh token lifecycle, played between the
 * browser, the auth server, its token store and the API server.
 */
export const lifecycleScenario: Scenario = {
  id: 'lifecycle',
  actors: ['browser', 'auth', 'store', 'api'],
  duration: (config) => 4 * SECOND + config.refreshTokenLifetime + RETURN_AFTER_REFRESH_EXPIRY + WORK_BEFORE_LOGOUT,
  steps: [
    {
      id: 'login',
      at: after(0),
      run: async (context) => {
        sendLogin(context);
      },
    },
    {
      id: 'issue',
      at: after(SECOND),
      run: async (context) => {
        await answerLogin(context, pendingExchange(context, '/auth/login'), { refreshToken: true, actor: 'auth' });
      },
    },
    {
      id: 'store-and-call',
      at: after(2 * SECOND),
      run: async (context) => {
        storeTokens(context, lastAnswered(context, '/auth/login'));
        sendApiRequest(context, 'browser', currentAccessToken(context.state.browser));
      },
    },
    {
      id: 'api-ok',
      at: after(SECOND),
      prediction: 'api-status',
      run: async (context) => {
        const exchange = pendingExchange(context, '/api/me');
        await inspectApiRequest(context, exchange);
        answerApiRequest(context, exchange);
      },
    },
    {
      id: 'access-expired',
      at: (state) => {
        const held = findIssued(state, currentAccessToken(state.browser)) ?? latestIssued(state, 'access');
        return Math.max(state.lastStepAt, held.expiresAt) + IDLE_AFTER_ACCESS_EXPIRY;
      },
      prediction: 'api-status',
      run: async (context) => {
        const exchange = sendApiRequest(context, 'browser', currentAccessToken(context.state.browser));
        await handleApiRequest(context, exchange);
      },
    },
    {
      id: 'refresh-and-retry',
      at: after(SECOND),
      prediction: 'api-status',
      run: async (context) => {
        const refresh = sendRefresh(context);
        await answerRefresh(context, refresh);
        if (refresh.response?.status !== 200) return;
        storeTokens(context, refresh);
        // The client retries the failed request once, so a second 401 cannot loop.
        const retry = sendApiRequest(context, 'browser', currentAccessToken(context.state.browser));
        await handleApiRequest(context, retry);
      },
    },
    {
      id: 'refresh-expired',
      at: (state) => Math.max(state.lastStepAt, latestIssued(state, 'refresh').expiresAt) + RETURN_AFTER_REFRESH_EXPIRY,
      prediction: 'refresh-status',
      run: async (context) => {
        const call = sendApiRequest(context, 'browser', currentAccessToken(context.state.browser));
        await handleApiRequest(context, call);
        const refresh = sendRefresh(context);
        await answerRefresh(context, refresh);
        clearTokens(context, refresh);
        recordAction(context, 'browser', 'browser', 'show-login');

        const login = sendLogin(context);
        await answerLogin(context, login, { refreshToken: true, actor: 'auth' });
        storeTokens(context, login);
      },
    },
    logoutStep(WORK_BEFORE_LOGOUT),
  ],
};

/** Returns the request to this path still waiting for its response; a step that finds none is a scenario bug. */
/** Builds the logout step: the browser posts to the logout endpoint, then drops its tokens. */
export function logoutStep(delay: number): StepDefinition {
  return {
    id: 'logout',
    at: after(delay),
    run: async (context) => {
      const logout = sendLogout(context);
      const jti = findIssued(context.state, currentAccessToken(context.state.browser))?.jti;
      await answerLogout(context, logout, jti);
      clearTokens(context, logout);
    },
  };
}

export function pendingExchange(context: StepContext, path: string): HttpExchange {
  const exchange = context.state.exchanges.findLast((candidate) => candidate.request.path === path && candidate.response === undefined);
  if (exchange === undefined) throw new Error(`No pending request to ${path}: the step before must send it`);
  return exchange;
}

/** Returns the last answered exchange to this path. */
export function lastAnswered(context: StepContext, path: string): HttpExchange {
  const exchange = context.state.exchanges.findLast((candidate) => candidate.request.path === path && candidate.response !== undefined);
  if (exchange === undefined) throw new Error(`No answered request to ${path} yet`);
  return exchange;
}
