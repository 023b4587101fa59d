import { describe, expect, it } from 'vitest';
import { formatDuration, formatRelative } from './relative-time';

const NOW = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;

describe('formatRelative', () => {
  it.each([
    [10 * MINUTE, 'en', 'in 10 minutes'],
    [3 * 24 * 60 * MINUTE, 'en', 'in 3 days'],
    [2 * 60 * MINUTE, 'en', 'in 2 hours'],
    [24 * 60 * MINUTE, 'en', 'tomorrow'],
    [3 * 24 * 60 * MINUTE, 'ko', '3일 후'],
    [10 * MINUTE, 'ko', '10분 후'],
  ] as const)('formats %i ms in %s', (offset, locale, expected) => {
    expect(formatRelative(NOW + offset, NOW, locale)).toBe(expected);
  });

  it('rounds a few seconds up to a minute', () => {
    expect(formatRelative(NOW + 5_000, NOW, 'en')).toBe('in 1 minute');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [9, '0:09'],
    [60, '1:00'],
    [135, '2:15'],
  ])('formats %i seconds as %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});
