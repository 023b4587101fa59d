import { describe, expect, it } from 'vitest';
import { isExactNumber, parseJson, printCompactJson, printJson, toJsValue } from './json';

function parsed(text: string) {
  const result = parseJson(text);
  if (!result.ok) throw new Error(`test JSON did not parse: ${result.error.reason}`);
  return result.value;
}

describe('parseJson', () => {
  it('keeps numbers exactly as written', () => {
    const value = parsed('{"uid":100002348117421473,"width":3.0,"ratio":1.50,"big":1e400}');
    expect(printJson(value.root)).toBe('{\n  "uid": 100002348117421473,\n  "width": 3.0,\n  "ratio": 1.50,\n  "big": 1e400\n}');
    expect(value.unsafeNumbers).toEqual([
      { path: 'uid', raw: '100002348117421473' },
      { path: 'big', raw: '1e400' },
    ]);
  });

  it('prints nested values like JSON.stringify', () => {
    const value = { a: [1, { b: [], c: {} }, 'x'], d: { e: null, f: true } };
    const root = parsed(JSON.stringify(value)).root;
    expect(printJson(root)).toBe(JSON.stringify(value, null, 2));
    expect(printCompactJson(root)).toBe(JSON.stringify(value));
  });

  it('keeps duplicate members in order and lets the last win as a value', () => {
    const value = parsed('{"alg":"none","typ":"JWT","alg":"HS256"}');
    expect(value.duplicates).toEqual(['alg']);
    expect(printCompactJson(value.root)).toBe('{"alg":"none","typ":"JWT","alg":"HS256"}');
    expect(toJsValue(value.root)).toEqual({ alg: 'HS256', typ: 'JWT' });
  });

  it('finds duplicates inside nested objects', () => {
    expect(parsed('{"user":{"id":1,"id":2}}').duplicates).toEqual(['user.id']);
  });

  it('stores a member named __proto__ as data', () => {
    const value = toJsValue(parsed('{"__proto__":{"admin":true}}').root) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
  });

  it.each([
    ['a trailing comma', '{"a":1,}', 'property-name-expected'],
    ['a comment', '{"a":1 /* x */}', 'invalid-comment'],
    ['a leading zero', '{"a":01}', 'comma-expected'],
    ['single quotes', "{'a':1}", 'invalid-symbol'],
    ['NaN', '{"a":NaN}', 'invalid-symbol'],
    ['text after the value', '{"a":1} x', 'invalid-symbol'],
    ['a raw control character', '{"a":"\u0001"}', 'invalid-character'],
    ['a bad escape', '{"a":"\\x"}', 'invalid-escape'],
    ['nothing', '  ', 'empty'],
  ])('rejects %s', (_label, text, reason) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toBe(reason);
  });
});

describe('isExactNumber', () => {
  it.each([
    ['9007199254740991', true],
    ['-9007199254740991', true],
    ['9007199254740992', false],
    ['-9007199254740993', false],
    ['1.5', true],
    ['1e308', true],
    ['1e309', false],
  ])('%s → %s', (raw, exact) => {
    expect(isExactNumber(raw)).toBe(exact);
  });
});
