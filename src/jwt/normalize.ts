/** What was removed from pasted input before decoding. */
export type NormalizationStep = 'authorization-header' | 'bearer-prefix' | 'quotes' | 'trailing-punctuation' | 'whitespace' | 'line-breaks';

export interface NormalizedInput {
  token: string;
  steps: NormalizationStep[];
}

const QUOTED = /^(["'`])([\s\S]*)\1\s*([,;]?)$/;

/**
 * Cleans a token the way people paste it: an `Authorization:` header name, a `Bearer` scheme,
 * surrounding quotes (with a trailing comma or semicolon from source code), and whitespace or
 * line breaks anywhere. None of these can be part of a compact JWS or JWE, so removing them never
 * changes a valid token; each removal is reported so the page can say what it did.
 */
export function normalizeTokenInput(input: string): NormalizedInput {
  const steps = new Set<NormalizationStep>();
  let text = input.trim();

  const header = /^authorization\s*:\s*/i.exec(text);
  if (header !== null) {
    steps.add('authorization-header');
    text = text.slice(header[0].length);
  }

  const quoted = QUOTED.exec(text);
  if (quoted !== null) {
    steps.add('quotes');
    if (quoted[3] !== '') steps.add('trailing-punctuation');
    text = (quoted[2] ?? '').trim();
  }

  const bearer = /^bearer\s+/i.exec(text);
  if (bearer !== null) {
    steps.add('bearer-prefix');
    text = text.slice(bearer[0].length);
  }

  const surrounding = input.slice(0, input.length - input.trimStart().length) + input.slice(input.trimEnd().length);
  for (const removed of [text, surrounding]) {
    if (/[\r\n]/.test(removed)) steps.add('line-breaks');
    if (/[^\S\r\n]/.test(removed)) steps.add('whitespace');
  }
  text = text.replace(/\s+/g, '');

  return { token: text, steps: [...steps] };
}
