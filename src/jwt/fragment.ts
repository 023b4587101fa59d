/** URL parameter names that carry a token: the app's own and the OAuth/OIDC response names. */
const TOKEN_PARAMETERS = ['token', 'id_token', 'access_token'] as const;

export type TokenParameter = (typeof TOKEN_PARAMETERS)[number];

export interface LocationToken {
  token: string;
  parameter: TokenParameter;
  /** The token came from the query string, which servers log; the caller moves it to the fragment. */
  fromQuery: boolean;
}

/**
 * Reads a token from `#token=`, `#id_token=` or `#access_token=` (as an OAuth implicit or OIDC
 * response puts it), or from the same names in the query string. Unlike URLSearchParams it does
 * not turn `+` into a space, because `+` can appear in a non-canonical token.
 */
export function readTokenFromLocation(hash: string, search: string): LocationToken | undefined {
  const fromHash = findParameter(hash.replace(/^#/, ''));
  if (fromHash !== undefined) return { ...fromHash, fromQuery: false };
  const fromQuery = findParameter(search.replace(/^\?/, ''));
  return fromQuery === undefined ? undefined : { ...fromQuery, fromQuery: true };
}

function findParameter(text: string): Omit<LocationToken, 'fromQuery'> | undefined {
  const pairs = text.split('&').map((pair) => {
    const separator = pair.indexOf('=');
    return separator < 0 ? [pair, ''] : [pair.slice(0, separator), pair.slice(separator + 1)];
  });
  for (const parameter of TOKEN_PARAMETERS) {
    const pair = pairs.find(([name]) => name === parameter);
    if (pair !== undefined && pair[1] !== '') return { token: safeDecode(pair[1] as string), parameter };
  }
  return undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // A stray `%` that is not an escape: keep the text as it is and let the decoder point at it.
    return value;
  }
}

/** Removes the token parameters from a query string, keeping any others. */
export function stripTokenParameters(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !TOKEN_PARAMETERS.some((name) => pair.startsWith(`${name}=`)));
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

/** Builds a share link that carries the token in the fragment, which browsers never send to a server. */
export function buildShareLink(origin: string, pathname: string, token: string): string {
  return `${origin}${pathname}#token=${token}`;
}
