import { answerApiRequest, inspectApiRequest } from '../api-server';
import { answerLogin } from '../auth-server';
import { currentAccessToken, sendApiRequest, sendLogin, storeTokens } from '../browser';
import { after, SECOND, type Scenario } from '../scenario';
import { recordAction } from '../step-context';
import { lastAnswered, pendingExchange } from './lifecycle';

/**
 * The interview sheet's seven-step explanation of "how does a JWT work": one server signs with a
 * shared secret (HS256), the front end keeps the token in local storage as the sheet says, and
 * the same server verifies it on the next request.
 */
export const howJwtScenario: Scenario = {
  id: 'how-jwt',
  actors: ['browser', 'server', 'store'],
  overrides: { alg: 'HS256', storage: 'local-storage', rotation: false, denylist: false },
  duration: () => 10 * SECOND,
  steps: [
    {
      id: 'login',
      at: after(0),
      run: async (context) => {
        sendLogin(context, 'server');
      },
    },
    {
      id: 'sign',
      at: after(SECOND),
      run: async (context) => {
        await answerLogin(context, pendingExchange(context, '/auth/login'), { refreshToken: false, actor: 'server' });
      },
    },
    {
      id: 'store',
      at: after(SECOND),
      run: async (context) => {
        storeTokens(context, lastAnswered(context, '/auth/login'));
      },
    },
    {
      id: 'send',
      at: after(SECOND),
      run: async (context) => {
        sendApiRequest(context, 'browser', currentAccessToken(context.state.browser), 'server');
      },
    },
    {
      id: 'verify',
      at: after(SECOND),
      run: async (context) => {
        await inspectApiRequest(context, pendingExchange(context, '/api/me'), 'server');
      },
    },
    {
      id: 'match',
      at: after(SECOND),
      run: async (context) => {
        const exchange = pendingExchange(context, '/api/me');
        recordAction(context, 'server', 'server', 'authorize-request', exchange.outcome === 'token-valid');
      },
    },
    {
      id: 'respond',
      at: after(SECOND),
      prediction: 'api-status',
      run: async (context) => {
        answerApiRequest(context, pendingExchange(context, '/api/me'));
      },
    },
  ],
};
