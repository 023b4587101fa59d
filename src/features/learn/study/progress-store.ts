import { create } from 'zustand';
import { loadProgress, saveProgress } from './progress-storage';
import { rateCard, type ProgressMap, type Rating } from './schedule';

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Reading `localStorage` itself throws when the browser blocks site data.
    return undefined;
  }
}

interface ProgressState {
  cards: ProgressMap;
  /** False after a write failed: progress then lasts only until the page is closed. */
  persisted: boolean;
  rate: (id: string, rating: Rating, now?: number) => void;
  reset: () => void;
}

/** Self-ratings of the question cards, kept in local storage so spaced review survives a reload. */
export const useProgressStore = create<ProgressState>()((set, get) => ({
  cards: loadProgress(browserStorage()),
  persisted: true,
  rate: (id, rating, now = Date.now()) => {
    const cards = { ...get().cards, [id]: rateCard(get().cards[id], rating, now) };
    set({ cards, persisted: saveProgress(browserStorage(), cards) });
  },
  reset: () => {
    set({ cards: {}, persisted: saveProgress(browserStorage(), {}) });
  },
}));
