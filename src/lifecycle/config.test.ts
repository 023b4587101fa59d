import { describe, expect, it } from 'vitest';
import { defaultConfig, findConfigProblems } from './config';
import { DAY, HOUR, MINUTE } from './scenario';

describe('defaultConfig', () => {
  it('uses 30 minutes and 14 days', () => {
    expect(defaultConfig(0)).toMatchObject({ accessTokenLifetime: 30 * MINUTE, refreshTokenLifetime: 14 * DAY, storage: 'local-storage' });
  });
});

describe('findConfigProblems', () => {
  it.each([
    ['the defaults', 30 * MINUTE, 14 * DAY, []],
    ['a 1-minute access token', MINUTE, 14 * DAY, ['access-lifetime-range']],
    ['a 2-day access token', 2 * DAY, 14 * DAY, ['access-lifetime-range']],
    ['a 30-minute refresh token', 10 * MINUTE, 30 * MINUTE, ['refresh-lifetime-range', 'refresh-not-longer']],
    ['a refresh token barely longer', 2 * HOUR, 2 * HOUR + 30 * MINUTE, ['refresh-not-longer']],
    ['a non-number', Number.NaN, 14 * DAY, ['access-lifetime-range', 'refresh-not-longer']],
  ])('reports %s', (_case, access, refresh, expected) => {
    expect(findConfigProblems({ accessTokenLifetime: access, refreshTokenLifetime: refresh })).toEqual(expected);
  });
});
