import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toUtcIso } from './claims';
import { decodeToken, inflatePayload, MAX_INPUT_LENGTH, type DecodedToken } from './decode';
import { findTokenIssues } from './findings';
import { printJson, toJsValue } from './json';
import cases from './fixtures/public-cases.json';
import type { WarningCode } from './types';

interface PublicCase {
  id: string;
  input: { token: string; now?: number };
  expect: {
    header?: unknown;
    payload?: unknown;
    headerText?: string;
    payloadText?: string;
    mustDisplay?: string[];
    claimTimesUtc?: Record<string, string>;
    errors?: { code: string; part: string }[];
    warnings?: string[];
  };
}

// Warnings that need a secret or key; the signature checks produce them, not the decoder.
const KEY_WARNINGS: WarningCode[] = ['weak-secret', 'known-secret', 'weak-rsa-key', 'alg-confusion', 'secret-whitespace', 'key-normalized'];

// 2026-01-01T00:00:00Z, before every case's far-future `exp`.
const DEFAULT_NOW = 1767225600;

async function decodeFully(token: string): Promise<DecodedToken> {
  return inflatePayload(decodeToken(token));
}

function payloadText(decoded: DecodedToken): string | undefined {
  const view = decoded.payload?.view;
  if (view === undefined) return undefined;
  if (view.kind === 'json' || view.kind === 'text') return view.text;
  return view.kind === 'binary' ? view.lossyText : undefined;
}

describe('decodeToken on public bug-report cases', () => {
  it.each((cases as PublicCase[]).map((testCase) => [testCase.id, testCase] as const))('%s', async (_id, testCase) => {
    const decoded = await decodeFully(testCase.input.token);
    const expected = testCase.expect;

    if (expected.header !== undefined) expect(decoded.header?.value).toEqual(expected.header);
    if (expected.headerText !== undefined) expect(decoded.header?.text).toBe(expected.headerText);
    if (expected.payloadText !== undefined) expect(payloadText(decoded)).toBe(expected.payloadText);
    if (expected.payload !== undefined) {
      const view = decoded.payload?.view;
      expect(view?.kind).toBe('json');
      if (view?.kind === 'json') expect(toJsValue(view.json.root)).toEqual(expected.payload);
    }

    for (const text of expected.mustDisplay ?? []) {
      const view = decoded.payload?.view;
      expect(view?.kind === 'json' ? printJson(view.json.root) : payloadText(decoded)).toContain(text);
    }

    const errors = decoded.errors.map(({ code, part }) => ({ code, part }));
    if (expected.errors === undefined) expect(errors).toEqual([]);
    for (const error of expected.errors ?? []) expect(errors).toContainEqual(error);

    const findings = findTokenIssues(decoded, testCase.input.now ?? DEFAULT_NOW).map((finding) => finding.code);
    for (const code of (expected.warnings ?? []) as WarningCode[]) {
      if (!KEY_WARNINGS.includes(code)) expect(findings).toContain(code);
    }

    const payload = decoded.payload?.view?.kind === 'json' ? (toJsValue(decoded.payload.view.json.root) as Record<string, unknown>) : {};
    for (const [claim, iso] of Object.entries(expected.claimTimesUtc ?? {})) {
      expect(toUtcIso(payload[claim] as number)).toBe(iso);
    }
  });
});

describe('decodeToken on RFC 7515 examples', () => {
  // RFC 7515 Appendix A.1: the header and payload contain CRLF line breaks that must survive.
  const a1 =
    'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

  it('keeps the CRLF text of A.1', () => {
    const decoded = decodeToken(a1);
    expect(decoded.form).toBe('jws');
    expect(decoded.header?.text).toBe('{"typ":"JWT",\r\n "alg":"HS256"}');
    expect(payloadText(decoded)).toBe('{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}');
    expect(decoded.signature?.bytes?.length).toBe(32);
  });

  it('decodes the A.5 unsecured token with an empty signature', () => {
    const a5 =
      'eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.';
    const decoded = decodeToken(a5);
    expect(decoded.header?.value).toEqual({ alg: 'none' });
    expect(decoded.signature?.bytes?.length).toBe(0);
    expect(findTokenIssues(decoded, DEFAULT_NOW).map((finding) => finding.code)).toEqual(expect.arrayContaining(['alg-none', 'expired']));
  });
});

describe('decodeToken errors', () => {
  const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
  const payload = Buffer.from('{"sub":"user-123"}').toString('base64url');

  it.each([
    ['one segment', header, 'segment-count', 'token'],
    ['two segments', `${header}.${payload}`, 'segment-count', 'token'],
    ['four segments', `${header}.${payload}.c2ln.c2ln`, 'segment-count', 'token'],
    ['a space in the header', `${header.slice(0, 5)}%${header.slice(5)}.${payload}.c2ln`, 'invalid-base64url', 'header'],
    ['an impossible length', `${header}.${payload}A.c2ln`, 'invalid-base64url', 'payload'],
    ['a header that is not JSON', `${Buffer.from('alg=HS256').toString('base64url')}.${payload}.c2ln`, 'invalid-json', 'header'],
    ['a header that is an array', `${Buffer.from('["HS256"]').toString('base64url')}.${payload}.c2ln`, 'not-an-object', 'header'],
    ['a JWT payload that is a string', `${header}.${Buffer.from('"user-123"').toString('base64url')}.c2ln`, 'not-an-object', 'payload'],
    ['a header with a Latin-1 byte', `${Buffer.from([0x7b, 0xe9, 0x7d]).toString('base64url')}.${payload}.c2ln`, 'invalid-utf8', 'header'],
  ])('reports %s', (_label, token, code, part) => {
    expect(decodeToken(token).errors).toContainEqual(expect.objectContaining({ code, part }));
  });

  it('names the position and character of a bad base64url character', () => {
    const decoded = decodeToken(`${header}.${payload.slice(0, 3)}*${payload.slice(3)}.c2ln`);
    expect(decoded.errors).toEqual([
      { code: 'invalid-base64url', part: 'payload', params: { reason: 'character', position: 4, tokenPosition: header.length + 1 + 4, char: '"*" (U+002A)' } },
    ]);
    expect(decoded.header?.value).toEqual({ alg: 'HS256', typ: 'JWT' });
  });

  it('gives line and column of a JSON error', () => {
    const broken = Buffer.from('{\n  "sub": "user-123",\n  "admin": tru\n}').toString('base64url');
    const error = decodeToken(`${header}.${broken}.c2ln`).errors[0];
    expect(error).toMatchObject({ code: 'invalid-json', part: 'payload', params: { line: 3, column: 12, reason: 'invalid-symbol' } });
  });

  it('rejects input beyond the size limit without decoding it', () => {
    const decoded = decodeToken('a'.repeat(MAX_INPUT_LENGTH + 1));
    expect(decoded.errors).toEqual([{ code: 'too-large', part: 'token', params: { length: MAX_INPUT_LENGTH + 1, limit: MAX_INPUT_LENGTH } }]);
  });

  it('decodes a one-megabyte token below the limit', () => {
    const big = Buffer.from(JSON.stringify({ sub: 'user-123', blob: 'x'.repeat(1024 * 1024) })).toString('base64url');
    const decoded = decodeToken(`${header}.${big}.c2ln`);
    expect(decoded.errors).toEqual([]);
    expect(decoded.payload?.view?.kind).toBe('json');
  });

  it('treats an empty input as empty, not as an error', () => {
    expect(decodeToken('  \n ')).toMatchObject({ form: 'empty', errors: [] });
  });
});

describe('decodeToken payload forms', () => {
  it('reads a five-part token with enc as JWE and shows its header', () => {
    const jweHeader = Buffer.from('{"alg":"RSA-OAEP-256","enc":"A256GCM"}').toString('base64url');
    const decoded = decodeToken(`${jweHeader}.a2V5.aXY.Y2lwaGVy.dGFn`);
    expect(decoded.form).toBe('jwe');
    expect(decoded.errors).toEqual([{ code: 'jwe', part: 'token', params: { alg: 'RSA-OAEP-256', enc: 'A256GCM' } }]);
  });

  it('shows a non-JSON payload as text, allowed when typ is not JWT', () => {
    const decoded = decodeToken(`${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('hello').toString('base64url')}.c2ln`);
    expect(decoded.payload?.view).toEqual({ kind: 'text', text: 'hello' });
    expect(decoded.errors[0]?.params?.textAllowed).toBe(1);
  });

  it('shows a nested token as text without an error', () => {
    const inner = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"inner"}').toString('base64url')}.`;
    const decoded = decodeToken(`${Buffer.from('{"alg":"HS256","typ":"JWT","cty":"JWT"}').toString('base64url')}.${Buffer.from(inner).toString('base64url')}.c2ln`);
    expect(decoded.errors).toEqual([]);
    expect(decoded.payload?.view).toEqual({ kind: 'text', text: inner });
  });

  it('keeps Korean and emoji text intact', () => {
    const text = '{"name":"김민지 🚀"}';
    const decoded = decodeToken(`${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(text).toString('base64url')}.`);
    expect(payloadText(decoded)).toBe(text);
  });

  it('reads a signature made by node:crypto over the exact segments', () => {
    const signingInput = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"n":1.50}').toString('base64url')}`;
    const mac = createHmac('sha256', 'k'.repeat(32)).update(signingInput).digest();
    const decoded = decodeToken(`${signingInput}.${mac.toString('base64url')}`);
    expect(Buffer.from(decoded.signature?.bytes ?? []).equals(mac)).toBe(true);
  });

  it('reports padding and the standard alphabet but still decodes', () => {
    const payload = Buffer.from('{"q":"?>?"}').toString('base64');
    expect(payload).toMatch(/[+/=]/);
    const decoded = decodeToken(`eyJhbGciOiJub25lIn0.${payload}.`);
    expect(decoded.errors).toEqual([]);
    expect(decoded.nonCanonical).toEqual([{ part: 'payload', chars: expect.arrayContaining(['=']) }]);
  });
});
