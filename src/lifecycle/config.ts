import { DAY, HOUR, MINUTE } from './scenario';
import type { SimulationConfig } from './types';

/** Lifetimes often seen in Korean services: a 30-minute access token and a two-week refresh token. */
export const DEFAULT_ACCESS_LIFETIME = 30 * MINUTE;
export const DEFAULT_REFRESH_LIFETIME = 14 * DAY;

export const ACCESS_LIFETIME_RANGE = { min: 5 * MINUTE, max: 24 * HOUR } as const;
export const REFRESH_LIFETIME_RANGE = { min: HOUR, max: 365 * DAY } as const;

export type ConfigProblem = 'access-lifetime-range' | 'refresh-lifetime-range' | 'refresh-not-longer';

/** Returns the settings a learner starts with: sheet-style storage, no denylist, and rotation as current practice does. */
export function defaultConfig(startTime: number): SimulationConfig {
  return {
    startTime,
    accessTokenLifetime: DEFAULT_ACCESS_LIFETIME,
    refreshTokenLifetime: DEFAULT_REFRESH_LIFETIME,
    storage: 'local-storage',
    rotation: true,
    denylist: false,
    alg: 'ES256',
  };
}

/**
 * Lists what is wrong with the lifetimes. The refresh token must outlive the access token by
 * more than an hour, because the lifecycle's steps 5 and 6 happen between the two expiries.
 */
export function findConfigProblems(config: Pick<SimulationConfig, 'accessTokenLifetime' | 'refreshTokenLifetime'>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const { accessTokenLifetime: access, refreshTokenLifetime: refresh } = config;
  if (!(access >= ACCESS_LIFETIME_RANGE.min && access <= ACCESS_LIFETIME_RANGE.max)) problems.push('access-lifetime-range');
  if (!(refresh >= REFRESH_LIFETIME_RANGE.min && refresh <= REFRESH_LIFETIME_RANGE.max)) problems.push('refresh-lifetime-range');
  if (!(refresh >= access + HOUR)) problems.push('refresh-not-longer');
  return problems;
}
