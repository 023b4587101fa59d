import { describe, expect, it } from 'vitest';
import {
  advanceQueue,
  BOX_INTERVALS_MS,
  buildReviewQueue,
  MAX_BOX,
  rateCard,
  summarizeProgress,
  type CardProgress,
  type ProgressMap,
} from './schedule';

const NOW = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function card(box: number, dueAt: number): CardProgress {
  return { box, dueAt, reviews: 1, lapses: 0, lastRating: 'good' };
}

describe('rateCard', () => {
  it.each([
    ['again', undefined, 0, 10 * MINUTE],
    ['hard', undefined, 1, DAY],
    ['good', undefined, 1, DAY],
    ['again', 4, 0, 10 * MINUTE],
    ['hard', 3, 3, 7 * DAY],
    ['good', 2, 3, 7 * DAY],
    ['good', MAX_BOX, MAX_BOX, 35 * DAY],
  ] as const)('%s from box %s goes to box %i', (rating, box, expectedBox, wait) => {
    const previous = box === undefined ? undefined : card(box, NOW);
    const next = rateCard(previous, rating, NOW);
    expect(next.box).toBe(expectedBox);
    expect(next.dueAt - NOW).toBe(wait);
    expect(next.lastRating).toBe(rating);
  });

  it('counts reviews and lapses', () => {
    const first = rateCard(undefined, 'good', NOW);
    const second = rateCard(first, 'again', NOW + DAY);
    const third = rateCard(second, 'good', NOW + DAY + 10 * MINUTE);
    expect(third.reviews).toBe(3);
    expect(third.lapses).toBe(1);
  });

  it('expands the interval on each good rating', () => {
    let progress: CardProgress | undefined;
    const waits: number[] = [];
    for (let review = 0; review < MAX_BOX; review += 1) {
      progress = rateCard(progress, 'good', NOW);
      waits.push(progress.dueAt - NOW);
    }
    for (let index = 1; index < waits.length; index += 1) expect(waits[index]).toBeGreaterThan(waits[index - 1]!);
    expect(waits).toEqual(BOX_INTERVALS_MS.slice(1));
  });
});

describe('buildReviewQueue', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];

  it('puts due cards before new ones', () => {
    const progress: ProgressMap = { c: card(2, NOW - DAY), e: card(1, NOW - MINUTE) };
    expect(buildReviewQueue(ids, progress, NOW, 10)).toEqual(['e', 'c', 'a', 'b', 'd']);
  });

  it('leaves out cards not yet due', () => {
    const progress: ProgressMap = { a: card(1, NOW + DAY), b: card(0, NOW) };
    expect(buildReviewQueue(ids, progress, NOW, 10)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('limits new cards', () => {
    expect(buildReviewQueue(ids, {}, NOW, 2)).toEqual(['a', 'b']);
  });

  it('orders due cards of one box by due time', () => {
    const progress: ProgressMap = { a: card(2, NOW - MINUTE), b: card(2, NOW - DAY) };
    expect(buildReviewQueue(['a', 'b'], progress, NOW, 0)).toEqual(['b', 'a']);
  });
});

describe('advanceQueue', () => {
  it('drops a card rated good or hard', () => {
    expect(advanceQueue(['a', 'b', 'c'], 'good')).toEqual(['b', 'c']);
    expect(advanceQueue(['a', 'b', 'c'], 'hard')).toEqual(['b', 'c']);
  });

  it('brings an again card back three cards later', () => {
    expect(advanceQueue(['a', 'b', 'c', 'd', 'e'], 'again')).toEqual(['b', 'c', 'd', 'a', 'e']);
  });

  it('puts an again card last in a short queue', () => {
    expect(advanceQueue(['a', 'b'], 'again')).toEqual(['b', 'a']);
    expect(advanceQueue(['a'], 'again')).toEqual(['a']);
  });

  it('returns an empty queue unchanged', () => {
    expect(advanceQueue([], 'again')).toEqual([]);
  });
});

describe('summarizeProgress', () => {
  it('counts due, new and learned cards', () => {
    const progress: ProgressMap = { a: card(3, NOW - 1), b: card(4, NOW + DAY), c: card(0, NOW) };
    expect(summarizeProgress(['a', 'b', 'c', 'd'], progress, NOW)).toEqual({ due: 2, fresh: 1, learned: 2 });
  });

  it('reports the next due time when nothing is due', () => {
    const progress: ProgressMap = { a: card(1, NOW + DAY), b: card(2, NOW + 3 * DAY) };
    expect(summarizeProgress(['a', 'b'], progress, NOW)).toEqual({ due: 0, fresh: 0, learned: 0, nextDueAt: NOW + DAY });
  });
});
