import type { AppLink } from './types';
import { PREPARED_TOKENS } from './prepared-tokens';

/**
 * Returns the address of a link into the app. Tokens go into the fragment, which browsers never
 * send to a server; no secret or key is ever part of a link.
 */
export function toHref(link: AppLink): string {
  if (link.kind === 'debugger') return `/#token=${PREPARED_TOKENS[link.token]}`;
  return `/lifecycle#step=${link.step}`;
}
