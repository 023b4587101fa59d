import type { Finding, MessageParams } from './types';

/** The `signature-status` values of the UI contract. */
export type SignatureStatus = 'valid' | 'invalid' | 'unchecked' | 'unsecured' | 'unsupported' | 'key-error';

/** The `signature-diagnosis` codes of the UI contract: the likely cause of a failed check. */
export type DiagnosisCode =
  | 'secret-encoding'
  | 'secret-whitespace'
  | 'base64-alphabet'
  | 'ecdsa-der'
  | 'key-type'
  | 'kid-not-found'
  | 'content-edited'
  | 'signature-length';

/** Why the status is what it is; each code has a sentence in the signature message catalog. */
export type ReasonCode =
  | 'no-token'
  | 'not-jws'
  | 'header-unreadable'
  | 'alg-missing'
  | 'alg-none'
  | 'alg-unsupported'
  | 'crit-unsupported'
  | 'runtime-unsupported'
  | 'no-secret'
  | 'no-key'
  | 'no-private-key'
  | 'secret-invalid'
  | 'public-key-for-hmac'
  | 'key-pem-end-missing'
  | 'key-pem-body'
  | 'key-encrypted'
  | 'key-openssh'
  | 'key-not-a-key'
  | 'key-unknown-structure'
  | 'key-sec1-curve-missing'
  | 'key-json'
  | 'key-jwk-kty-missing'
  | 'key-jwk-symmetric'
  | 'key-jwks-empty'
  | 'key-type'
  | 'kid-not-found'
  | 'no-fitting-key'
  | 'public-for-signing'
  | 'import-failed'
  | 'signature-undecodable'
  | 'content-edited'
  | 'mismatch'
  | 'conversion-set'
  | 'conversion-unsupported'
  | 'verified';

export interface Reason {
  code: ReasonCode;
  params?: MessageParams;
}

/** Facts about the key that was used, shown next to the status. */
export type KeyNoteCode =
  | 'jwks-key-used'
  | 'private-key-public-half'
  | 'private-field-used'
  | 'header-key-used'
  | 'converted-pkcs1'
  | 'converted-sec1'
  | 'certificate-key'
  | 'text-around-pem'
  | 'armor-added'
  | 'extra-blocks-ignored'
  | 'unsecured-signature-present';

export interface KeyNote {
  code: KeyNoteCode;
  params?: MessageParams;
}

/** One alternative the "why is it invalid" check tried, and whether it verified. */
export type AttemptCode =
  | 'secret-encoding'
  | 'secret-trimmed'
  | 'secret-newline-added'
  | 'canonical-segments'
  | 'ecdsa-der'
  | 'ecdsa-padding'
  | 'signature-length'
  | 'other-jwks-key';

export interface Attempt {
  code: AttemptCode;
  verified: boolean;
  params?: MessageParams;
}

export interface Diagnosis {
  code: DiagnosisCode;
  params?: MessageParams;
}

/** The outcome of checking a token's signature with the current secret or key. */
export interface SignatureCheck {
  status: SignatureStatus;
  /** The algorithm the check used, as written in the header. */
  alg?: string;
  reason: Reason;
  diagnosis?: Diagnosis;
  attempts: Attempt[];
  notes: KeyNote[];
  /** Key-related findings (weak-secret, weak-rsa-key, key-normalized, …). */
  findings: Finding[];
}
