/** Where a claim or header parameter is defined, shown next to its description. */
export type ClaimSource = 'RFC 7519' | 'OpenID Connect' | 'RFC 9068' | 'RFC 8693' | 'RFC 7800' | 'RFC 7515' | 'RFC 7516' | 'RFC 7797' | 'RFC 8417' | 'common';

/** Payload claims the debugger explains; anything else is listed as a private claim. */
export const KNOWN_CLAIMS: Readonly<Record<string, ClaimSource>> = {
  iss: 'RFC 7519',
  sub: 'RFC 7519',
  aud: 'RFC 7519',
  exp: 'RFC 7519',
  nbf: 'RFC 7519',
  iat: 'RFC 7519',
  jti: 'RFC 7519',
  auth_time: 'OpenID Connect',
  nonce: 'OpenID Connect',
  acr: 'OpenID Connect',
  amr: 'OpenID Connect',
  azp: 'OpenID Connect',
  at_hash: 'OpenID Connect',
  c_hash: 'OpenID Connect',
  sid: 'OpenID Connect',
  name: 'OpenID Connect',
  given_name: 'OpenID Connect',
  family_name: 'OpenID Connect',
  middle_name: 'OpenID Connect',
  nickname: 'OpenID Connect',
  preferred_username: 'OpenID Connect',
  profile: 'OpenID Connect',
  picture: 'OpenID Connect',
  website: 'OpenID Connect',
  email: 'OpenID Connect',
  email_verified: 'OpenID Connect',
  gender: 'OpenID Connect',
  birthdate: 'OpenID Connect',
  zoneinfo: 'OpenID Connect',
  locale: 'OpenID Connect',
  phone_number: 'OpenID Connect',
  phone_number_verified: 'OpenID Connect',
  address: 'OpenID Connect',
  updated_at: 'OpenID Connect',
  client_id: 'RFC 9068',
  scope: 'RFC 8693',
  scp: 'common',
  roles: 'RFC 9068',
  groups: 'RFC 9068',
  entitlements: 'RFC 9068',
  act: 'RFC 8693',
  may_act: 'RFC 8693',
  cnf: 'RFC 7800',
  events: 'RFC 8417',
  toe: 'RFC 8417',
  txn: 'RFC 8417',
};

/** JOSE header parameters the debugger explains. */
export const KNOWN_HEADER_PARAMETERS: Readonly<Record<string, ClaimSource>> = {
  alg: 'RFC 7515',
  typ: 'RFC 7515',
  cty: 'RFC 7515',
  kid: 'RFC 7515',
  jku: 'RFC 7515',
  jwk: 'RFC 7515',
  x5u: 'RFC 7515',
  x5c: 'RFC 7515',
  x5t: 'RFC 7515',
  'x5t#S256': 'RFC 7515',
  crit: 'RFC 7515',
  b64: 'RFC 7797',
  zip: 'RFC 7516',
  enc: 'RFC 7516',
};

/** Claims whose value is a NumericDate (seconds since the epoch) and is shown as a date. */
export const TIME_CLAIMS = ['exp', 'nbf', 'iat', 'auth_time', 'updated_at'] as const;

/** Time claims that decide whether a token is accepted now, and so are checked for warnings. */
export const VALIDITY_TIME_CLAIMS = ['exp', 'nbf', 'iat', 'auth_time'] as const;

export function isTimeClaim(name: string): boolean {
  return (TIME_CLAIMS as readonly string[]).includes(name);
}

/**
 * A NumericDate above this is almost certainly in milliseconds: 10^11 seconds is the year 5138,
 * while a millisecond timestamp from 1973 on is already larger.
 */
export const MILLISECONDS_THRESHOLD = 1e11;

/** Formats a NumericDate as UTC ISO 8601 without milliseconds, e.g. 2023-11-14T22:13:20Z. */
export function toUtcIso(seconds: number): string | undefined {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  return Number.isInteger(seconds) ? iso.replace('.000Z', 'Z') : iso;
}
