import { describe, expect, it } from 'vitest';
import { findCatalogMismatches } from '../../../i18n/parity';
import { sessionsMessages } from './sessions-messages';

describe('sessionsMessages', () => {
  it('has every English entry in Korean', () => {
    expect(findCatalogMismatches(sessionsMessages.en, sessionsMessages.ko)).toEqual([]);
  });
});
