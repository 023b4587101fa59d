import { describe, expect, it } from 'vitest';
import { findCatalogMismatches } from '../../../i18n/parity';
import { walkthroughMessages } from './walkthrough-messages';

describe('walkthroughMessages', () => {
  it('has every English entry in Korean', () => {
    expect(findCatalogMismatches(walkthroughMessages.en, walkthroughMessages.ko)).toEqual([]);
  });
});
