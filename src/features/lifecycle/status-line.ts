/** Reason phrases of the statuses the simulation sends (RFC 9110 §15). They are protocol text, so they are not translated. */
const REASON_PHRASES: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
};

/** Formats a status as "401 Unauthorized". An exchange still in flight has no status and shows "…". */
export function statusLine(status: number | undefined): string {
  if (status === undefined) return '…';
  const phrase = REASON_PHRASES[status];
  return phrase === undefined ? String(status) : `${status} ${phrase}`;
}
