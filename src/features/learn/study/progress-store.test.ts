// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadProgress } from './progress-storage';
import { useProgressStore } from './progress-store';

const NOW = Date.UTC(2026, 0, 1);

describe('useProgressStore', () => {
  beforeEach(() => {
    localStorage.clear();
    useProgressStore.setState(useProgressStore.getInitialState(), true);
  });

  it('rates a card and persists it', () => {
    useProgressStore.getState().rate('logout', 'again', NOW);
    const stored = loadProgress(localStorage);
    expect(stored.logout?.box).toBe(0);
    expect(stored.logout?.dueAt).toBe(NOW + 10 * 60_000);
    expect(useProgressStore.getState().cards).toEqual(stored);
    expect(useProgressStore.getState().persisted).toBe(true);
  });

  it('builds on earlier ratings of the same card', () => {
    const { rate } = useProgressStore.getState();
    rate('logout', 'good', NOW);
    rate('logout', 'good', NOW + 1);
    expect(useProgressStore.getState().cards.logout?.box).toBe(2);
  });

  it('reset clears memory and storage', () => {
    useProgressStore.getState().rate('logout', 'good', NOW);
    useProgressStore.getState().reset();
    expect(useProgressStore.getState().cards).toEqual({});
    expect(loadProgress(localStorage)).toEqual({});
  });
});
