import { format } from '../../i18n/format';
import type { Locale } from '../../i18n/locale-store';
import type { LifecycleMessages } from './messages/ui-messages';

const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
] as const;

/**
 * Formats a duration in its two largest non-zero units, such as "14 d 1 h" or "30분". Values
 * under a second show as "0 s", because the simulation never needs finer times.
 */
export function formatDuration(milliseconds: number, units: LifecycleMessages['units']): string {
  let rest = Math.floor(Math.abs(milliseconds) / 1000) * 1000;
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 && parts.length < 2) parts.push(format(units[unit], { n: count }));
    else if (parts.length > 0) break;
  }
  return parts.length === 0 ? format(units.second, { n: 0 }) : parts.join(' ');
}

/** Formats a virtual or real time as a local date-time with seconds and the UTC offset. */
export function formatDateTime(time: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'shortOffset',
  }).format(new Date(time));
}
