import { useCallback, useEffect, useState } from 'react';

export const LEARN_TAB_IDS = ['questions', 'review', 'mock', 'quiz', 'build', 'sessions'] as const;

export type LearnTabId = (typeof LEARN_TAB_IDS)[number];

/** Reads the tab from a fragment such as `#tab=quiz`; any other fragment selects nothing. */
export function parseTabFragment(hash: string): LearnTabId | undefined {
  const match = /^#?tab=([a-z]+)$/.exec(hash);
  const id = match?.[1];
  return (LEARN_TAB_IDS as readonly string[]).includes(id ?? '') ? (id as LearnTabId) : undefined;
}

/**
 * Keeps the selected Learn tab in the URL fragment, so a link or a reload opens the same section.
 * The fragment is replaced, not pushed, so switching tabs does not fill the back button's history.
 */
export function useLearnTab(): [LearnTabId, (id: LearnTabId) => void] {
  const [tab, setTab] = useState<LearnTabId>(() => parseTabFragment(window.location.hash) ?? 'questions');

  useEffect(() => {
    const handleHashChange = () => {
      const fromHash = parseTabFragment(window.location.hash);
      if (fromHash !== undefined) setTab(fromHash);
    };
    window.addEventListener('hashchange', handleHashChange);
    return () => window.removeEventListener('hashchange', handleHashChange);
  }, []);

  const selectTab = useCallback((id: LearnTabId) => {
    setTab(id);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#tab=${id}`);
  }, []);

  return [tab, selectTab];
}
