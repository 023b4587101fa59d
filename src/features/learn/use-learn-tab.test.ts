import { describe, expect, it } from 'vitest';
import { parseTabFragment } from './use-learn-tab';

describe('parseTabFragment', () => {
  it.each([
    ['#tab=quiz', 'quiz'],
    ['tab=mock', 'mock'],
    ['#tab=sessions', 'sessions'],
  ])('reads %s', (hash, expected) => {
    expect(parseTabFragment(hash)).toBe(expected);
  });

  it.each(['', '#main', '#tab=unknown', '#tab=quiz&x=1', '#token=abc'])('ignores %j', (hash) => {
    expect(parseTabFragment(hash)).toBeUndefined();
  });
});
