// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadProgress, parseProgress, PROGRESS_STORAGE_KEY, saveProgress, serializeProgress } from './progress-storage';
import type { ProgressMap } from './schedule';

const CARDS: ProgressMap = {
  'what-is-jwt': { box: 2, dueAt: 1_767_225_600_000, reviews: 3, lapses: 1, lastRating: 'good' },
  logout: { box: 0, dueAt: 1_767_226_200_000, reviews: 1, lapses: 1, lastRating: 'again' },
};

describe('parseProgress', () => {
  it('reads what serializeProgress wrote', () => {
    expect(parseProgress(serializeProgress(CARDS))).toEqual(CARDS);
  });

  it.each([
    ['nothing stored', null],
    ['invalid JSON', '{"version":1,'],
    ['another version', JSON.stringify({ version: 2, cards: CARDS })],
    ['cards not an object', JSON.stringify({ version: 1, cards: 'x' })],
    ['a bare array', '[]'],
  ])('returns no progress for %s', (_case, text) => {
    expect(parseProgress(text)).toEqual({});
  });

  it.each([
    ['a box above the maximum', { box: 9 }],
    ['a negative box', { box: -1 }],
    ['a fractional review count', { reviews: 1.5 }],
    ['an unknown rating', { lastRating: 'easy' }],
    ['a due time that is not a number', { dueAt: '2026-01-01' }],
  ])('drops a card with %s and keeps the others', (_case, change) => {
    const stored = { version: 1, cards: { ...CARDS, broken: { ...CARDS.logout, ...change } } };
    expect(parseProgress(JSON.stringify(stored))).toEqual(CARDS);
  });
});

describe('loadProgress and saveProgress', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('round-trips through localStorage', () => {
    expect(saveProgress(localStorage, CARDS)).toBe(true);
    expect(loadProgress(localStorage)).toEqual(CARDS);
  });

  it('stores only ratings and due times', () => {
    saveProgress(localStorage, CARDS);
    const stored = JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY) ?? '{}') as { cards: Record<string, object> };
    for (const card of Object.values(stored.cards)) {
      expect(Object.keys(card).sort()).toEqual(['box', 'dueAt', 'lapses', 'lastRating', 'reviews']);
    }
  });

  it('removes the key when progress is reset', () => {
    saveProgress(localStorage, CARDS);
    saveProgress(localStorage, {});
    expect(localStorage.getItem(PROGRESS_STORAGE_KEY)).toBeNull();
  });

  it('reports a failed write', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota exceeded', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    expect(saveProgress(full, CARDS)).toBe(false);
    expect(saveProgress(undefined, CARDS)).toBe(false);
  });
});
