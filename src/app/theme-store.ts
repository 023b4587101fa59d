import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'jwt-lab.theme';

function readStoredTheme(): ThemeChoice {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

const darkQuery = globalThis.matchMedia?.('(prefers-color-scheme: dark)');

/** Sets the `dark` class on <html> from the choice, following the system when the choice is `system`. */
export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && darkQuery?.matches === true);
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

interface ThemeState {
  theme: ThemeChoice;
  cycleTheme: () => void;
}

const NEXT_THEME: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };

/** The colour theme: a preference, so it is kept in local storage like the display language. */
export const useThemeStore = create<ThemeState>()((set, get) => ({
  theme: readStoredTheme(),
  cycleTheme: () => {
    const theme = NEXT_THEME[get().theme];
    try {
      if (theme === 'system') globalThis.localStorage?.removeItem(STORAGE_KEY);
      else globalThis.localStorage?.setItem(STORAGE_KEY, theme);
    } catch {
      // Without storage the choice lasts until reload.
    }
    applyTheme(theme);
    set({ theme });
  },
}));

darkQuery?.addEventListener('change', () => applyTheme(useThemeStore.getState().theme));
