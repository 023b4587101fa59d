import { format } from '../../../i18n/format';
import type { Attempt, Diagnosis, KeyNote, Reason } from '../../../jwt/signature-types';
import type { SignatureMessages } from './messages';

type EncodingName = keyof SignatureMessages['encodings'];

// Encoding codes in params become their display names, so sentences read "UTF-8 text", not "utf8".
function withEncodingNames(params: Record<string, string | number> | undefined, messages: SignatureMessages): Record<string, string | number> {
  const result: Record<string, string | number> = { ...params };
  if (typeof result.encoding === 'string') result.encodingName = messages.encodings[result.encoding as EncodingName] ?? result.encoding;
  if (typeof result.typed === 'string') result.typedName = messages.encodings[result.typed as EncodingName] ?? result.typed;
  return result;
}

/** Turns a status reason into a sentence in the display language. */
export function describeReason(reason: Reason, messages: SignatureMessages): string {
  const params = withEncodingNames(reason.params, messages);
  if (reason.code === 'secret-invalid') {
    const problem = (params.problem ?? 'character') as keyof SignatureMessages['reasons']['secret-invalid'];
    return format(messages.reasons['secret-invalid'][problem], params);
  }
  return format(messages.reasons[reason.code], params);
}

export function describeDiagnosis(diagnosis: Diagnosis, messages: SignatureMessages, alg: string | undefined): string {
  const params: Record<string, string | number> = { ...withEncodingNames(diagnosis.params, messages), alg: alg ?? '' };
  if (diagnosis.code === 'secret-whitespace') {
    const change = (params.change ?? 'trimmed') as keyof SignatureMessages['diagnoses']['secret-whitespace'];
    return format(messages.diagnoses['secret-whitespace'][change], params);
  }
  return format(messages.diagnoses[diagnosis.code], params);
}

export function describeAttempt(attempt: Attempt, messages: SignatureMessages): string {
  return format(messages.attempts[attempt.code], withEncodingNames(attempt.params, messages));
}

export function describeNote(note: KeyNote, messages: SignatureMessages): string {
  return format(messages.notes[note.code], note.params ?? {});
}
