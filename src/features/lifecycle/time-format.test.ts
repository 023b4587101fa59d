import { describe, expect, it } from 'vitest';
import { lifecycleMessages } from './messages/ui-messages';
import { formatDateTime, formatDuration } from './time-format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatDuration', () => {
  it.each([
    [0, '0 s', '0초'],
    [999, '0 s', '0초'],
    [30 * MINUTE, '30 min', '30분'],
    [30 * MINUTE + 2_000, '30 min 2 s', '30분 2초'],
    [14 * DAY + HOUR + 10 * MINUTE, '14 d 1 h', '14일 1시간'],
    [14 * DAY + 10 * MINUTE, '14 d', '14일'],
    [-5 * MINUTE, '5 min', '5분'],
  ])('formats %i ms', (milliseconds, english, korean) => {
    expect(formatDuration(milliseconds, lifecycleMessages.en.units)).toBe(english);
    expect(formatDuration(milliseconds, lifecycleMessages.ko.units)).toBe(korean);
  });
});

describe('formatDateTime', () => {
  it('includes the UTC offset', () => {
    expect(formatDateTime(Date.UTC(2025, 2, 3, 0, 0, 0), 'en')).toMatch(/GMT/);
  });
});
