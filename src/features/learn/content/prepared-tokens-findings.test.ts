import { describe, expect, it } from 'vitest';
import { decodeToken } from '../../../jwt/decode';
import { findTokenIssues } from '../../../jwt/findings';
import { KNOWN_SECRETS } from '../../../jwt/known-secrets';
import type { WarningCode } from '../../../jwt/types';
import { PREPARED_TOKENS, WEAK_SECRET, type PreparedTokenId } from './prepared-tokens';

// 2026-12-01 00:00 UTC: later than every prepared exp written in seconds.
const NOW_SECONDS = Date.UTC(2026, 11, 1) / 1000;

function findingCodes(id: PreparedTokenId): WarningCode[] {
  return findTokenIssues(decodeToken(PREPARED_TOKENS[id]), NOW_SECONDS).map((finding) => finding.code);
}

// Each prepared token is linked from an answer to show one point; the debugger must flag that point.
describe('prepared tokens in the debugger', () => {
  it.each([
    ['algNone', 'alg-none'],
    ['expired', 'expired'],
    ['expInMilliseconds', 'time-in-milliseconds'],
    ['longLived', 'long-lifetime'],
    ['noExp', 'exp-missing'],
    ['keyInHeader', 'key-in-header'],
  ] as const)('%s raises %s', (id, code) => {
    expect(findingCodes(id)).toContain(code);
  });

  it('decodes every prepared token as a JWS', () => {
    for (const token of Object.values(PREPARED_TOKENS)) expect(decodeToken(token).form).toBe('jws');
  });

  it('shows the personal data of readablePayload without a key', () => {
    const view = decodeToken(PREPARED_TOKENS.readablePayload).payload?.view;
    expect(view?.kind).toBe('json');
    expect(view?.kind === 'json' ? view.text : '').toContain('"email":"minjun.kim@example.com"');
  });

  it('lists the weak secret among the known secrets', () => {
    expect(KNOWN_SECRETS).toContain(WEAK_SECRET);
  });
});
