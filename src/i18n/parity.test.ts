import { describe, expect, it } from 'vitest';
import { findCatalogMismatches } from './parity';
import { detectLocale } from './locale-store';
import { format } from './format';

describe('findCatalogMismatches', () => {
  it('accepts matching catalogs', () => {
    expect(findCatalogMismatches({ a: 'x {n}', b: ['y'] }, { a: '엑스 {n}', b: ['와이'] })).toEqual([]);
  });

  it.each([
    ['a missing key', { a: 'x', b: 'y' }, { a: 'x' }, 'b: missing in ko'],
    ['an empty string', { a: 'x' }, { a: ' ' }, 'a: empty in ko'],
    ['a lost placeholder', { a: 'in {n} min' }, { a: '분 후' }, 'a: placeholders differ ({n} vs {})'],
    ['arrays of different length', { a: ['x', 'y'] }, { a: ['x'] }, 'a: 2 items in en, 1 in ko'],
  ])('reports %s', (_label, en, ko, message) => {
    expect(findCatalogMismatches(en, ko)).toEqual([message]);
  });
});

describe('detectLocale', () => {
  it.each([
    [['ko-KR', 'en-US'], 'ko'],
    [['ko'], 'ko'],
    [['en-US', 'ko-KR'], 'en'],
    [['ja-JP'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (languages, locale) => {
    expect(detectLocale(languages)).toBe(locale);
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
