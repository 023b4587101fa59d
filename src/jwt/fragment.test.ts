import { describe, expect, it } from 'vitest';
import { buildShareLink, readTokenFromLocation, stripTokenParameters } from './fragment';

describe('readTokenFromLocation', () => {
  it.each([
    ['#token=a.b.c', '', { token: 'a.b.c', parameter: 'token', fromQuery: false }],
    ['#id_token=a.b.c&state=xyz', '', { token: 'a.b.c', parameter: 'id_token', fromQuery: false }],
    ['#state=1&access_token=a.b.c&token_type=Bearer', '', { token: 'a.b.c', parameter: 'access_token', fromQuery: false }],
    ['', '?token=a.b.c', { token: 'a.b.c', parameter: 'token', fromQuery: true }],
    ['#token=a+b.c.d', '', { token: 'a+b.c.d', parameter: 'token', fromQuery: false }],
    ['#token=a%2Eb.c', '', { token: 'a.b.c', parameter: 'token', fromQuery: false }],
  ])('reads %s %s', (hash, search, expected) => {
    expect(readTokenFromLocation(hash, search)).toEqual(expected);
  });

  it('returns nothing without a token parameter', () => {
    expect(readTokenFromLocation('#step=3', '?lang=ko')).toBeUndefined();
  });

  it('prefers the fragment over the query', () => {
    expect(readTokenFromLocation('#token=from.hash.x', '?token=from.query.x')?.token).toBe('from.hash.x');
  });
});

describe('stripTokenParameters', () => {
  it('keeps other query parameters', () => {
    expect(stripTokenParameters('?lang=ko&token=a.b.c')).toBe('?lang=ko');
    expect(stripTokenParameters('?token=a.b.c')).toBe('');
  });
});

describe('buildShareLink', () => {
  it('puts the token in the fragment only', () => {
    expect(buildShareLink('http://127.0.0.1:4173', '/', 'a.b.c')).toBe('http://127.0.0.1:4173/#token=a.b.c');
  });
});
