import { Link, useLocation } from 'wouter';
import { useLocaleStore, LOCALES, type Locale } from '../i18n/locale-store';
import { useMessages } from '../i18n/use-messages';
import { appMessages } from '../i18n/app-messages';
import { format } from '../i18n/format';
import { useThemeStore } from './theme-store';

const NAV_ITEMS = [
  { path: '/', key: 'debugger', testId: 'nav-debugger' },
  { path: '/lifecycle', key: 'lifecycle', testId: 'nav-lifecycle' },
  { path: '/learn', key: 'learn', testId: 'nav-learn' },
] as const;

/** Top bar: brand, navigation, language switch and theme toggle. */
export function AppHeader() {
  const messages = useMessages(appMessages);
  const [location] = useLocation();
  const locale = useLocaleStore((state) => state.locale);
  const setLocale = useLocaleStore((state) => state.setLocale);
  const theme = useThemeStore((state) => state.theme);
  const cycleTheme = useThemeStore((state) => state.cycleTheme);

  return (
    <header className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-3 py-3 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2 no-underline">
          <span className="text-lg font-bold tracking-tight">{messages.brand}</span>
          <span className="hidden text-sm text-slate-600 md:inline dark:text-slate-400">{messages.tagline}</span>
        </Link>
        <nav aria-label={messages.nav.label} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex gap-1">
            {NAV_ITEMS.map((item) => {
              const current = location === item.path;
              return (
                <li key={item.path}>
                  <Link
                    href={item.path}
                    data-testid={item.testId}
                    aria-current={current ? 'page' : undefined}
                    className={`block rounded-md px-3 py-1.5 text-sm font-medium ${
                      current
                        ? 'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900'
                        : 'text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800'
                    }`}
                  >
                    {messages.nav[item.key]}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <label className="sr-only" htmlFor="lang-switch">
            {messages.languageSwitch.label}
          </label>
          <select
            id="lang-switch"
            data-testid="lang-switch"
            value={locale}
            onChange={(event) => setLocale(event.target.value as Locale)}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
          >
            {LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {messages.languageSwitch[option]}
              </option>
            ))}
          </select>
          <button
            type="button"
            data-testid="theme-toggle"
            onClick={cycleTheme}
            aria-label={format(messages.theme.label, { theme: messages.theme[theme] })}
            title={format(messages.theme.label, { theme: messages.theme[theme] })}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-700"
          >
            <span aria-hidden="true">{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}</span>
          </button>
        </div>
      </div>
    </header>
  );
}
