import { Component, type ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { appMessages } from '../i18n/app-messages';
import { format } from '../i18n/format';

interface ErrorBoundaryState {
  error: Error | null;
}

/** Catches a rendering bug in one screen and shows a message instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    // The message names the bug, never the token: components do not put user input in errors.
    console.error('JWT Lab screen crashed:', error.message);
  }

  override render() {
    if (this.state.error !== null) return <CrashMessage message={this.state.error.message} />;
    return this.props.children;
  }
}

function CrashMessage({ message }: { message: string }) {
  const messages = useMessages(appMessages);
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <h1 className="font-semibold">{messages.crash.title}</h1>
      <p>{format(messages.crash.body, { message })}</p>
    </div>
  );
}
