import { MAX_BOX, RATINGS, type CardProgress, type ProgressMap, type Rating } from './schedule';

/** localStorage key of the study progress. Only ratings and due times are stored, never tokens. */
export const PROGRESS_STORAGE_KEY = 'jwt-lab.learn.progress.v1';

interface StoredProgress {
  version: 1;
  cards: ProgressMap;
}

function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function toCardProgress(value: unknown): CardProgress | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { box, dueAt, reviews, lapses, lastRating } = value as Record<string, unknown>;
  if (!isCount(box) || box > MAX_BOX) return undefined;
  if (typeof dueAt !== 'number' || !Number.isFinite(dueAt)) return undefined;
  if (!isCount(reviews) || !isCount(lapses) || !isRating(lastRating)) return undefined;
  return { box, dueAt, reviews, lapses, lastRating };
}

/**
 * Parses stored progress, keeping every well-formed card and dropping the rest, so one damaged
 * entry or an older format does not wipe the learner's other cards.
 */
export function parseProgress(text: string | null): ProgressMap {
  if (text === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { version?: unknown }).version !== 1) return {};

  const cards = (parsed as { cards?: unknown }).cards;
  if (typeof cards !== 'object' || cards === null) return {};
  const progress: ProgressMap = {};
  for (const [id, value] of Object.entries(cards)) {
    const card = toCardProgress(value);
    if (card !== undefined) progress[id] = card;
  }
  return progress;
}

export function serializeProgress(cards: ProgressMap): string {
  const stored: StoredProgress = { version: 1, cards };
  return JSON.stringify(stored);
}

/** Reads the progress; storage that is disabled or unreadable counts as no progress. */
export function loadProgress(storage: Storage | undefined): ProgressMap {
  try {
    return parseProgress(storage?.getItem(PROGRESS_STORAGE_KEY) ?? null);
  } catch {
    return {};
  }
}

/** Writes the progress. Returns false when storage is unavailable or full, so the caller can say so. */
export function saveProgress(storage: Storage | undefined, cards: ProgressMap): boolean {
  if (storage === undefined) return false;
  try {
    if (Object.keys(cards).length === 0) storage.removeItem(PROGRESS_STORAGE_KEY);
    else storage.setItem(PROGRESS_STORAGE_KEY, serializeProgress(cards));
    return true;
  } catch {
    return false;
  }
}
