/** Success or failure as a value; the logic in src/jwt returns these instead of throwing. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** A part of a compact token, or the token as a whole. */
export type PartName = 'header' | 'payload' | 'signature' | 'token';

/** Why a part of the input cannot be decoded. Codes are stable: tests and the UI contract use them. */
export type DecodeErrorCode =
  | 'segment-count'
  | 'invalid-base64url'
  | 'invalid-utf8'
  | 'invalid-json'
  | 'not-an-object'
  | 'jwe'
  | 'too-large'
  | 'invalid-deflate';

/** Values that a message template fills into its `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

export interface DecodeError {
  code: DecodeErrorCode;
  part: PartName;
  /** Details for the message: positions, the offending character, counts. Never a secret. */
  params?: MessageParams;
}

export type Severity = 'info' | 'warning' | 'danger';

/** Finding codes, as listed in the UI contract's warning table. */
export type WarningCode =
  | 'input-normalized'
  | 'alg-none'
  | 'expired'
  | 'not-yet-valid'
  | 'issued-in-future'
  | 'exp-missing'
  | 'time-in-milliseconds'
  | 'time-not-numeric'
  | 'long-lifetime'
  | 'weak-secret'
  | 'known-secret'
  | 'duplicate-member'
  | 'unsafe-number'
  | 'sensitive-data'
  | 'key-in-header'
  | 'crit-header'
  | 'unencoded-payload'
  | 'nested-jwt'
  | 'non-canonical-base64url'
  | 'compressed-payload'
  | 'weak-rsa-key'
  | 'alg-confusion'
  | 'secret-whitespace'
  | 'key-normalized'
  | 'large-token';

/** Something worth telling the user about a token or key that does not stop it from being decoded. */
export interface Finding {
  code: WarningCode;
  severity: Severity;
  params?: MessageParams;
}
