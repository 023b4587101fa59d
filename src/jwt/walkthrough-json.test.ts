import { describe, expect, it } from 'vitest';
import { encodeBase64url, toUtf8Bytes } from './walkthrough';
import { parseJsonObject, removeJsonWhitespace, replaceHeaderAlg, setJsonMember } from './walkthrough-json';
import { JWTIO_HS256 } from './walkthrough-vectors';

describe('removeJsonWhitespace', () => {
  it('drops whitespace between tokens only', () => {
    expect(removeJsonWhitespace('{\n  "a b": "c\\" d",\r\n\t"e": [1, 2]\n}')).toBe('{"a b":"c\\" d","e":[1,2]}');
  });

  it('keeps an escaped backslash before a closing quote', () => {
    expect(removeJsonWhitespace('{ "path": "C:\\\\" , "x": 1 }')).toBe('{"path":"C:\\\\","x":1}');
  });

  it('produces the jwt.io header and payload segments from the editor text', () => {
    const [encodedHeader, encodedPayload] = JWTIO_HS256.token.split('.');
    expect(encodeBase64url(toUtf8Bytes(removeJsonWhitespace(JWTIO_HS256.headerText)))).toBe(encodedHeader);
    expect(encodeBase64url(toUtf8Bytes(removeJsonWhitespace(JWTIO_HS256.payloadText)))).toBe(encodedPayload);
  });
});

describe('parseJsonObject', () => {
  it('keeps member order, duplicates and number literals in the compact form', () => {
    const result = parseJsonObject('{ "b": 1, "a": 12345678901234567890, "b": 2.50 }');
    if (!result.ok) throw new Error(`expected a parsed object, got ${result.error.code}`);
    expect(result.value.compact).toBe('{"b":1,"a":12345678901234567890,"b":2.50}');
  });

  it.each([
    ['a trailing comma', '{"a": 1,}', 1, 9],
    ['a comment', '{"a": 1 // x\n}', 1, 9],
    ['a missing value on line 2', '{\n  "a": \n}', 3, 1],
    ['single quotes', "{'a': 1}", 1, 2],
  ])('rejects %s with its position', (_case, text, line, column) => {
    const result = parseJsonObject(text);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'invalid-json') throw new Error(`expected invalid-json for ${text}`);
    expect(result.error.line).toBe(line);
    expect(result.error.column).toBe(column);
  });

  it.each([['[]'], ['"text"'], ['42'], ['null']])('rejects %s as not an object', (text) => {
    expect(parseJsonObject(text)).toEqual({ ok: false, error: { code: 'not-an-object' } });
  });

  it('rejects empty text', () => {
    expect(parseJsonObject('').ok).toBe(false);
  });
});

describe('replaceHeaderAlg', () => {
  it.each([
    ['a compact header', '{"alg":"HS256","typ":"JWT"}', '{"alg":"RS256","typ":"JWT"}'],
    ['a pretty header', '{\n  "alg": "HS256",\n  "typ": "JWT"\n}', '{\n  "alg": "RS256",\n  "typ": "JWT"\n}'],
    ['a header without alg', '{\n  "typ": "JWT"\n}', '{\n  "typ": "JWT",\n  "alg": "RS256"\n}'],
  ])('sets alg in %s', (_case, before, after) => {
    expect(replaceHeaderAlg(before, 'RS256')).toBe(after);
  });

  it('leaves text that is not a JSON object alone', () => {
    expect(replaceHeaderAlg('{"alg": "HS256",', 'ES256')).toBe('{"alg": "HS256",');
  });
});

describe('setJsonMember', () => {
  it('changes an existing member in place', () => {
    expect(setJsonMember('{"sub":"1","role":"member"}', 'role', 'admin')).toBe('{"sub":"1","role":"admin"}');
  });

  it('adds a missing member', () => {
    expect(JSON.parse(setJsonMember('{"sub":"1"}', 'role', 'admin'))).toEqual({ sub: '1', role: 'admin' });
  });
});
