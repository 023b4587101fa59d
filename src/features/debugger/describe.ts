import { format } from '../../i18n/format';
import type { Locale } from '../../i18n/locale-store';
import type { DecodeError, Finding, PartName } from '../../jwt/types';
import type { DebuggerMessages } from './messages';
import { formatDuration, formatLocalDateTime, formatRelative } from './time-format';

/** Turns a decode error into a sentence in the display language. */
export function describeError(error: DecodeError, messages: DebuggerMessages): string {
  const params = { ...error.params, part: messages.parts[error.part] };
  switch (error.code) {
    case 'invalid-base64url': {
      const reason = (error.params?.reason ?? 'character') as keyof DebuggerMessages['errors']['invalid-base64url'];
      return format(messages.errors['invalid-base64url'][reason], params);
    }
    case 'invalid-json': {
      const reasonKey = String(error.params?.reason ?? 'value-expected') as keyof DebuggerMessages['jsonReasons'];
      const template = error.params?.textAllowed === 1 ? messages.errors['invalid-json'].optional : messages.errors['invalid-json'].required;
      return format(template, { ...params, reason: messages.jsonReasons[reasonKey] ?? reasonKey });
    }
    case 'not-an-object': {
      const typeKey = String(error.params?.type ?? 'string') as keyof DebuggerMessages['jsonTypes'];
      return format(messages.errors['not-an-object'], { ...params, type: messages.jsonTypes[typeKey] ?? typeKey });
    }
    default:
      return format(messages.errors[error.code], params);
  }
}

export interface FindingText {
  title: string;
  detail: string;
}

/** Turns a finding into a title and an explanation, rendering times and lists for the locale. */
export function describeFinding(finding: Finding, messages: DebuggerMessages, locale: Locale, now: number): FindingText {
  const text = messages.warnings[finding.code];
  const params: Record<string, string | number> = { ...finding.params };
  if (typeof params.part === 'string') params.part = messages.parts[params.part as PartName] ?? params.part;
  if (typeof params.time === 'number') {
    params.date = formatLocalDateTime(params.time, locale);
    params.relative = formatRelative(params.time, now, locale);
  }
  if (typeof params.seconds === 'number' && finding.code === 'long-lifetime') params.duration = formatDuration(params.seconds, messages.time);
  if (typeof params.seconds === 'number' && finding.code === 'time-in-milliseconds') params.date = formatLocalDateTime(params.seconds, locale);
  if (typeof params.type === 'string') params.type = messages.jsonTypes[params.type as keyof DebuggerMessages['jsonTypes']] ?? params.type;

  if (finding.code === 'input-normalized') {
    params.steps = listSteps(String(params.steps ?? ''), messages.normalization, locale);
  }
  if (finding.code === 'key-normalized') {
    params.steps = listSteps(String(params.steps ?? ''), messages.keyNormalization, locale);
  }

  let detail = format(text.detail, params);
  if (finding.code === 'sensitive-data') {
    const kind = String(params.kind ?? 'name') as 'name' | 'card-number' | 'private-key' | 'resident-number';
    detail = `${format(messages.warnings['sensitive-data'][kind], params)} ${detail}`;
  }
  if (finding.code === 'crit-header' && params.unknown !== undefined && params.unknown !== '') {
    detail = `${detail} ${format(messages.warnings['crit-header'].unknown, params)}`;
  }
  return { title: format(text.title, params), detail };
}

function listSteps(steps: string, names: Record<string, string>, locale: Locale): string {
  const items = steps.split(',').filter(Boolean).map((step) => names[step] ?? step);
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
