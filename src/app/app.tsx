import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { useLocaleStore } from '../i18n/locale-store';
import { DebuggerPage } from '../features/debugger/debugger-page';
import { AppHeader } from './app-header';
import { ErrorBoundary } from './error-boundary';
import { NotFound } from './not-found';
import { useMessages } from '../i18n/use-messages';
import { appMessages } from '../i18n/app-messages';

// Only the debugger is in the first-load bundle; the other routes load when first visited.
const LifecyclePage = lazy(() => import('../features/lifecycle/lifecycle-page'));
const LearnPage = lazy(() => import('../features/learn/learn-page'));

/** The application shell: header, routes and the `<html lang>` kept in step with the display language. */
export function App() {
  const locale = useLocaleStore((state) => state.locale);
  const messages = useMessages(appMessages);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        {messages.skipToContent}
      </a>
      <AppHeader />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-3 py-4 sm:px-6">
        <ErrorBoundary>
          <Suspense fallback={<p className="p-6 text-slate-600 dark:text-slate-300">{messages.loading}</p>}>
            <Switch>
              <Route path="/" component={DebuggerPage} />
              <Route path="/lifecycle" component={LifecyclePage} />
              <Route path="/learn" component={LearnPage} />
              <Route component={NotFound} />
            </Switch>
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="border-t border-slate-200 px-4 py-3 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        {messages.privacy}
      </footer>
    </div>
  );
}
