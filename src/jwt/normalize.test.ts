import { describe, expect, it } from 'vitest';
import { normalizeTokenInput } from './normalize';

const TOKEN = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyLTEyMyJ9.';

describe('normalizeTokenInput', () => {
  it.each([
    ['a clean token', TOKEN, []],
    ['a Bearer prefix', `Bearer ${TOKEN}`, ['bearer-prefix']],
    ['a lower-case bearer prefix', `bearer   ${TOKEN}`, ['bearer-prefix']],
    ['a whole Authorization header', `Authorization: Bearer ${TOKEN}`, ['authorization-header', 'bearer-prefix']],
    ['double quotes', `"${TOKEN}"`, ['quotes']],
    ['quotes with a trailing comma', `'${TOKEN}',`, ['quotes', 'trailing-punctuation']],
    ['a quoted Bearer value', `"Bearer ${TOKEN}"`, ['quotes', 'bearer-prefix']],
    ['a trailing space and newline', `${TOKEN} \n`, ['line-breaks', 'whitespace']],
    ['line breaks inside the token', TOKEN.replace('.', '.\r\n'), ['line-breaks']],
    ['a tab inside the token', TOKEN.replace('.', '\t.'), ['whitespace']],
  ])('cleans %s', (_label, input, steps) => {
    const result = normalizeTokenInput(input);
    expect(result.token).toBe(TOKEN);
    expect([...result.steps].sort()).toEqual([...steps].sort());
  });

  it('leaves a percent escape alone for the decoder to report', () => {
    expect(normalizeTokenInput('a.b.c%20d')).toEqual({ token: 'a.b.c%20d', steps: [] });
  });
});
