import { useLocaleStore, type Locale } from './locale-store';

/** A message catalog in both display languages; `ko` must have exactly the shape of `en`. */
export type Catalog<T> = Record<Locale, T>;

/** Returns the catalog for the current display language and re-renders when it changes. */
export function useMessages<T>(catalog: Catalog<T>): T {
  const locale = useLocaleStore((state) => state.locale);
  return catalog[locale];
}

/** Returns the current display language. */
export function useLocale(): Locale {
  return useLocaleStore((state) => state.locale);
}
