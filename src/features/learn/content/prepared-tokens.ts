/**
 * Tokens that the answers open in the debugger through `/#token=<JWT>`, each showing one point.
 * The HS256 ones are signed with DEMO_SECRET, except `weakSecret`, which uses WEAK_SECRET. Times
 * are fixed (2026-01-01 00:00 UTC and 2023-11-14 for `expired`), so most of them read as expired
 * by now; only `expired` and `longLived` are about time.
 */
export const DEMO_SECRET = 'jwt-lab-demo-secret-do-not-use-in-production';

/** A dictionary word of 6 bytes, far below the 32 bytes RFC 7518 §3.2 requires for HS256. */
export const WEAK_SECRET = 'secret';

export const PREPARED_TOKENS = {
  /** `alg: none` with an empty signature segment and a `role: admin` claim. */
  algNone:
    'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IktpbSBNaW5qdW4iLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6MTc2NzIyNjUwMH0.',
  /** A 15-minute token that expired on 2023-11-14. */
  expired:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwiaWF0IjoxNzAwMDAwMDAwLCJleHAiOjE3MDAwMDA5MDB9.v7Xpi2MKeqvySU4396DRuUb0NryO0B1igmk7VewJiiA',
  /** `exp` written with `Date.now()`: milliseconds, which read as a date tens of thousands of years ahead. */
  expInMilliseconds:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjE3NjcyMjY1MDAwMDB9.bpvUOFqpdouobo83OSbo22liXRJJ_zz_pWZvhKnXsFQ',
  /** Email and phone number in the payload, readable by anyone holding the token. */
  readablePayload:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwiZW1haWwiOiJtaW5qdW4ua2ltQGV4YW1wbGUuY29tIiwicGhvbmUiOiIwMTAtMTIzNC01Njc4Iiwicm9sZSI6InVzZXIiLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6MTc2NzIyNjUwMH0.GtaTx5vU_yCxHbDjug8hfJkyzRFI4QPKVlsiJ--U7H4',
  /** An access token valid for 30 days. */
  longLived:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjE3Njk4MTc2MDB9.Gu8aAg5CHT42BlzmoGDiE32gCi07PHLfCJr2YJwZ87M',
  /** No `exp` at all: valid forever unless the server adds its own limit. */
  noExp:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwicm9sZSI6InVzZXIiLCJpYXQiOjE3NjcyMjU2MDB9.MoIin2xnw9OrA599pvf8SkHWQ0-Bj86so-zo3_aHQM4',
  /** Signed with WEAK_SECRET, which any wordlist contains. */
  weakSecret:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwicm9sZSI6InVzZXIiLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6MTc2NzIyNjUwMH0.o5gxRUdlVi6Yqu_JCp7usg1qDgIe4gAV_NU8Wn5gCkA',
  /** An RFC 9068 shaped access token: `typ: at+jwt`, `iss`, `aud`, `client_id`, `scope`, `jti`. */
  accessTokenProfile:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6ImRlbW8tMjAyNi0wMSJ9.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20iLCJzdWIiOiJ1c2VyLTQyIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJjbGllbnRfaWQiOiJ3ZWItYXBwIiwic2NvcGUiOiJwcm9maWxlOnJlYWQgb3JkZXJzOnJlYWQiLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6MTc2NzIyNjUwMCwianRpIjoiYzRhN2UxZjAtNWIyZC00ZThhLTlmMTMtMmQ2YjhlMGE3YzU1In0.ffUwU1Mb5VvQ6LokKgYQFaGb5_l4DawvSIhW8ClLOr8',
  /** A header that names its own key set with `jku`, the pattern of a key-injection attack. */
  keyInHeader:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImprdSI6Imh0dHBzOi8vYXR0YWNrZXIuZXhhbXBsZS9qd2tzLmpzb24iLCJraWQiOiJhdHRhY2tlci1rZXkifQ.eyJzdWIiOiJ1c2VyLTQyIiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjE3NjcyMjY1MDB9.-cYcwF1pxbszaSVYOOxRBbM1SY_M8WVhrkgCd397NSM',
  /** Signed with `role: user`, then the payload was changed to `role: admin`: it decodes, but does not verify. */
  tamperedPayload:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjE3NjcyMjY1MDB9.wgoAFrA9yAaG-o2SrZK0B7a9KnVFQM4cipQr0voyaco',
} as const;

export type PreparedTokenId = keyof typeof PREPARED_TOKENS;
