import type { Locale } from './locale-store';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/**
 * Formats epoch milliseconds as a local date-time with seconds and the UTC offset, so the time
 * zone is never ambiguous. Returns '' for a time outside the Date range.
 */
export function formatDateTime(epochMilliseconds: number, locale: Locale): string {
  const date = new Date(epochMilliseconds);
  if (Number.isNaN(date.getTime())) return '';

  let formatter = formatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'shortOffset',
    });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}
