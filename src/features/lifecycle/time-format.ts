import { format } from '../../i18n/format';
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

/** Formats a virtual or real time (epoch milliseconds) as a local date-time with the UTC offset. */
export { formatDateTime } from '../../i18n/date-format';
