import type { Locale } from '../../i18n/locale-store';
import { formatDateTime } from '../../i18n/date-format';
import { format } from '../../i18n/format';
import type { DebuggerMessages } from './messages';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** Formats `seconds` relative to `now`, such as "in 12 min" or "3시간 전", in the largest whole unit. */
export function formatRelative(seconds: number, now: number, locale: Locale): string {
  const difference = seconds - now;
  const formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(difference) >= size || unit === 'second') {
      return formatter.format(Math.trunc(difference / size), unit);
    }
  }
  return formatter.format(0, 'second');
}

/** Formats a NumericDate (seconds) as a local date-time with its UTC offset. */
export function formatLocalDateTime(seconds: number, locale: Locale): string {
  return formatDateTime(seconds * 1000, locale);
}

/** Formats a length of time in seconds as its two largest units, such as "14 days 3 h". */
export function formatDuration(totalSeconds: number, messages: DebuggerMessages['time']): string {
  const parts: string[] = [];
  let rest = Math.max(0, Math.round(totalSeconds));
  const units: [keyof DebuggerMessages['time'], number][] = [
    ['days', 86400],
    ['hours', 3600],
    ['minutes', 60],
    ['seconds', 1],
  ];
  for (const [unit, size] of units) {
    const count = Math.floor(rest / size);
    if (count > 0 && parts.length < 2) parts.push(format(messages[unit], { count }));
    rest -= count * size;
  }
  return parts.length === 0 ? format(messages.seconds, { count: 0 }) : parts.join(' ');
}
