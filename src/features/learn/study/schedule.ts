/**
 * Spaced review with expanding intervals (a Leitner system). A card climbs one box each time it is
 * rated "good" and waits longer before it comes back; "again" drops it to box 0, so a card the
 * learner did not know returns soon.
 */

export type Rating = 'again' | 'hard' | 'good';

export const RATINGS: readonly Rating[] = ['again', 'hard', 'good'];

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Wait before a card in box n is due again. Box 0 is for cards the learner just missed. */
export const BOX_INTERVALS_MS: readonly number[] = [10 * MINUTE, 1 * DAY, 3 * DAY, 7 * DAY, 16 * DAY, 35 * DAY];

export const MAX_BOX = BOX_INTERVALS_MS.length - 1;

/** What the learner's ratings so far say about one card. */
export interface CardProgress {
  box: number;
  /** Epoch milliseconds at which the card is due for review. */
  dueAt: number;
  reviews: number;
  /** Times the card was rated "again". */
  lapses: number;
  lastRating: Rating;
}

/** Progress of every rated card, by question id. A card missing here has never been rated. */
export type ProgressMap = Record<string, CardProgress>;

/** Returns the card's new progress after a rating given at `now`. */
export function rateCard(previous: CardProgress | undefined, rating: Rating, now: number): CardProgress {
  const box = nextBox(previous?.box, rating);
  return {
    box,
    dueAt: now + (BOX_INTERVALS_MS[box] ?? BOX_INTERVALS_MS[MAX_BOX]!),
    reviews: (previous?.reviews ?? 0) + 1,
    lapses: (previous?.lapses ?? 0) + (rating === 'again' ? 1 : 0),
    lastRating: rating,
  };
}

function nextBox(box: number | undefined, rating: Rating): number {
  if (rating === 'again') return 0;
  // "Hard" keeps a known card where it is, and gives a new or missed card the first full day.
  if (rating === 'hard') return Math.max(1, box ?? 0);
  return Math.min(MAX_BOX, (box ?? 0) + 1);
}

export function isDue(progress: CardProgress | undefined, now: number): boolean {
  return progress !== undefined && progress.dueAt <= now;
}

/**
 * Builds a review session: due cards first, the longest overdue and the weakest box first, then up
 * to `newLimit` cards never rated, in bank order.
 */
export function buildReviewQueue(ids: readonly string[], progress: ProgressMap, now: number, newLimit: number): string[] {
  const due = ids
    .filter((id) => isDue(progress[id], now))
    .sort((a, b) => progress[a]!.box - progress[b]!.box || progress[a]!.dueAt - progress[b]!.dueAt);
  const fresh = ids.filter((id) => progress[id] === undefined).slice(0, newLimit);
  return [...due, ...fresh];
}

/** How many cards later a card rated "again" comes back within the same session. */
export const RELEARN_GAP = 3;

/**
 * Removes the rated card from the front of the session queue; a card rated "again" goes back in a
 * few cards later, so the learner meets it again before the session ends.
 */
export function advanceQueue(queue: readonly string[], rating: Rating): string[] {
  const [current, ...rest] = queue;
  if (current === undefined) return [];
  if (rating !== 'again') return rest;
  return [...rest.slice(0, RELEARN_GAP), current, ...rest.slice(RELEARN_GAP)];
}

/** Counts for the review overview. */
export interface ReviewSummary {
  due: number;
  fresh: number;
  /** Cards in box 3 or above: known across at least a week's spacing. */
  learned: number;
  /** Epoch milliseconds of the next card to come due, if none is due now. */
  nextDueAt?: number;
}

export function summarizeProgress(ids: readonly string[], progress: ProgressMap, now: number): ReviewSummary {
  let due = 0;
  let fresh = 0;
  let learned = 0;
  let nextDueAt: number | undefined;

  for (const id of ids) {
    const card = progress[id];
    if (card === undefined) {
      fresh += 1;
      continue;
    }
    if (card.dueAt <= now) due += 1;
    else nextDueAt = nextDueAt === undefined ? card.dueAt : Math.min(nextDueAt, card.dueAt);
    if (card.box >= 3) learned += 1;
  }

  return due > 0 ? { due, fresh, learned } : { due, fresh, learned, nextDueAt };
}
