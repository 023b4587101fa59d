import { Link, useLocation } from 'wouter';
import { useMessages } from '../i18n/use-messages';
import { appMessages } from '../i18n/app-messages';
import { format } from '../i18n/format';

/** Shown for a path that is not one of the app's routes. */
export function NotFound() {
  const messages = useMessages(appMessages);
  const [location] = useLocation();
  return (
    <section className="py-10">
      <h1 className="text-2xl font-bold">{messages.notFound.title}</h1>
      <p className="mt-2">
        <Link href="/" className="underline">
          {format(messages.notFound.body, { path: location })}
        </Link>
      </p>
    </section>
  );
}
