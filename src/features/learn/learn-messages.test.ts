import { describe, expect, it } from 'vitest';
import { findCatalogMismatches } from '../../i18n/parity';
import { PREPARED_TOKENS } from './content/prepared-tokens';
import { learnMessages } from './learn-messages';

describe('learnMessages', () => {
  it('has every message in both languages', () => {
    expect(findCatalogMismatches(learnMessages.en, learnMessages.ko)).toEqual([]);
  });

  it('labels every prepared token', () => {
    expect(Object.keys(learnMessages.en.links.tokens).sort()).toEqual(Object.keys(PREPARED_TOKENS).sort());
    expect(Object.keys(learnMessages.ko.links.tokens).sort()).toEqual(Object.keys(PREPARED_TOKENS).sort());
  });

  it('labels all eight lifecycle steps', () => {
    expect(learnMessages.en.links.steps).toHaveLength(8);
    expect(learnMessages.ko.links.steps).toHaveLength(8);
  });
});
