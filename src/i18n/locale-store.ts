import { create } from 'zustand';

export type Locale = 'en' | 'ko';

export const LOCALES: readonly Locale[] = ['en', 'ko'];

const STORAGE_KEY = 'jwt-lab.locale';

/** Picks Korean for a browser whose preferred language is `ko*`, English otherwise. */
export function detectLocale(languages: readonly string[]): Locale {
  const first = languages[0]?.toLowerCase() ?? '';
  return first.startsWith('ko') ? 'ko' : 'en';
}

function readStoredLocale(): Locale | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'ko' ? stored : undefined;
  } catch {
    // Storage can be disabled (private mode, blocked cookies); fall back to the browser language.
    return undefined;
  }
}

function initialLocale(): Locale {
  const navigatorLanguages = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en'];
  return readStoredLocale() ?? detectLocale(navigatorLanguages);
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

/** The display language. The choice is a preference, so it is the one thing kept in local storage. */
export const useLocaleStore = create<LocaleState>()((set) => ({
  locale: initialLocale(),
  setLocale: (locale) => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // The choice then lasts until reload, which is the best that can be done without storage.
    }
    set({ locale });
  },
}));
