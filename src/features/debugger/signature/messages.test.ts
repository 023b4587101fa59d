import { describe, expect, it } from 'vitest';
import { findCatalogMismatches } from '../../../i18n/parity';
import { signatureMessages } from './messages';

describe('signature messages', () => {
  it('Korean and English catalogs match', () => {
    expect(findCatalogMismatches(signatureMessages.en, signatureMessages.ko)).toEqual([]);
  });
});
