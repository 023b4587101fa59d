import { toHref } from '../content/app-links';
import type { AppLink } from '../content/types';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { learnMessages } from '../learn-messages';
import { linkText } from '../ui-classes';

/** Returns the visible label of a link into the app. */
export function useAppLinkLabel(): (link: AppLink) => string {
  const messages = useMessages(learnMessages).links;
  return (link) =>
    link.kind === 'debugger'
      ? format(messages.debugger, { label: messages.tokens[link.token] })
      : format(messages.lifecycle, { step: link.step, label: messages.steps[link.step - 1] ?? '' });
}

/**
 * Links to the debugger with a prepared token or to a lifecycle step. They are plain anchors, so
 * the target page loads fresh and reads its fragment the same way as when the link is shared.
 */
export function AppLinks({ links }: { links: readonly AppLink[] }) {
  const label = useAppLinkLabel();
  return (
    <ul className="flex flex-col gap-1">
      {links.map((link) => (
        <li key={toHref(link)}>
          <a href={toHref(link)} className={linkText} data-testid="learn-app-link" data-link-kind={link.kind}>
            {label(link)}
          </a>
        </li>
      ))}
    </ul>
  );
}
