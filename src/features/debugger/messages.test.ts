import { describe, expect, it } from 'vitest';
import { KNOWN_CLAIMS, KNOWN_HEADER_PARAMETERS } from '../../jwt/claims';
import type { DecodeErrorCode, WarningCode } from '../../jwt/types';
import { appMessages } from '../../i18n/app-messages';
import { findCatalogMismatches } from '../../i18n/parity';
import { claimMessages } from './claim-messages';
import { debuggerMessages } from './messages';

// Every code of the UI contract, listed here so that a code added to the types without text fails.
const WARNING_CODES: WarningCode[] = [
  'input-normalized', 'alg-none', 'expired', 'not-yet-valid', 'issued-in-future', 'exp-missing', 'time-in-milliseconds',
  'time-not-numeric', 'long-lifetime', 'weak-secret', 'known-secret', 'duplicate-member', 'unsafe-number', 'sensitive-data',
  'key-in-header', 'crit-header', 'unencoded-payload', 'nested-jwt', 'non-canonical-base64url', 'compressed-payload',
  'weak-rsa-key', 'alg-confusion', 'secret-whitespace', 'key-normalized', 'large-token',
];
const ERROR_CODES: DecodeErrorCode[] = ['segment-count', 'invalid-base64url', 'invalid-utf8', 'invalid-json', 'not-an-object', 'jwe', 'too-large', 'invalid-deflate'];

describe('debugger catalogs', () => {
  it.each([
    ['app', appMessages],
    ['debugger', debuggerMessages],
    ['claims', claimMessages],
  ] as const)('%s has the same keys and placeholders in Korean and English', (_name, catalog) => {
    expect(findCatalogMismatches(catalog.en, catalog.ko)).toEqual([]);
  });

  it('explains every warning and error code', () => {
    for (const locale of ['en', 'ko'] as const) {
      expect(Object.keys(debuggerMessages[locale].warnings).sort()).toEqual([...WARNING_CODES].sort());
      expect(Object.keys(debuggerMessages[locale].errors).filter((key) => key !== 'title').sort()).toEqual([...ERROR_CODES].sort());
    }
  });

  it('describes every known claim and header parameter', () => {
    expect(Object.keys(claimMessages.en.claims).sort()).toEqual(Object.keys(KNOWN_CLAIMS).sort());
    expect(Object.keys(claimMessages.en.header).sort()).toEqual(Object.keys(KNOWN_HEADER_PARAMETERS).sort());
  });

  it('keeps Korean text in Korean', () => {
    expect(debuggerMessages.ko.warnings.expired.title).toMatch(/[가-힣]/);
    expect(claimMessages.ko.claims.sub).toContain('주체');
  });
});
