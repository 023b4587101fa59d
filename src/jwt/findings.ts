import { MILLISECONDS_THRESHOLD, VALIDITY_TIME_CLAIMS } from './claims';
import type { DecodedToken } from './decode';
import { toJsValue, type JsonNode, type ParsedJson } from './json';
import type { Finding, PartName } from './types';

/** Longest `exp - iat` before `long-lifetime` is reported: one day, in seconds. */
export const LONG_LIFETIME_SECONDS = 24 * 60 * 60;

/** Cookie size that RFC 6265 §6.1 asks every browser to support; a token in a cookie must fit. */
export const COOKIE_LIMIT_BYTES = 4096;

/** A common server limit for one request header line (nginx's default header buffer is 8 KB). */
export const HEADER_LIMIT_BYTES = 8192;

/** Header parameters that make a verifier fetch or trust a key named by the token itself. */
const KEY_HEADER_PARAMETERS = ['jku', 'x5u', 'jwk', 'x5c'] as const;

/** `crit` extensions this debugger understands (RFC 7797's `b64`). */
const UNDERSTOOD_CRIT = ['b64'];

/**
 * Computes every finding that needs no key: input cleaning, header risks, time claims against
 * `nowSeconds`, JSON fidelity problems and sensitive-looking data. Findings that need a secret or
 * key come from the signature checks instead.
 */
export function findTokenIssues(decoded: DecodedToken, nowSeconds: number): Finding[] {
  const findings: Finding[] = [];

  if (decoded.normalization.length > 0) {
    findings.push({ code: 'input-normalized', severity: 'info', params: { steps: decoded.normalization.join(',') } });
  }
  for (const { part, chars } of decoded.nonCanonical) {
    findings.push({ code: 'non-canonical-base64url', severity: 'warning', params: { part, chars: chars.join(' ') } });
  }

  if (decoded.token.length > COOKIE_LIMIT_BYTES) {
    findings.push({
      code: 'large-token',
      severity: decoded.token.length > HEADER_LIMIT_BYTES ? 'warning' : 'info',
      params: { bytes: decoded.token.length, cookieLimit: COOKIE_LIMIT_BYTES, headerLimit: HEADER_LIMIT_BYTES },
    });
  }

  findings.push(...findHeaderIssues(decoded));
  findings.push(...findJsonIssues('header', decoded.header?.json));

  const view = decoded.payload?.view;
  if (view?.kind === 'json') {
    findings.push(...findJsonIssues('payload', view.json));
    if (view.json.root.type === 'object' && decoded.form === 'jws') {
      findings.push(...findTimeIssues(view.json.root, nowSeconds));
      findings.push(...findSensitiveData(view.json.root));
    }
  }
  if (decoded.payload?.inflated === true || view?.kind === 'compressed') {
    findings.push({ code: 'compressed-payload', severity: 'info' });
  }
  return findings;
}

function findHeaderIssues(decoded: DecodedToken): Finding[] {
  const header = decoded.header?.value;
  if (header === undefined) return [];
  const findings: Finding[] = [];

  if (typeof header.alg === 'string' && header.alg.toLowerCase() === 'none') {
    findings.push({ code: 'alg-none', severity: 'danger' });
  }

  const keyParameters = KEY_HEADER_PARAMETERS.filter((name) => name in header);
  if (keyParameters.length > 0) {
    findings.push({ code: 'key-in-header', severity: 'warning', params: { parameters: keyParameters.join(', ') } });
  }

  if ('crit' in header) {
    const names = Array.isArray(header.crit) ? header.crit.map(String) : [String(header.crit)];
    const unknown = names.filter((name) => !UNDERSTOOD_CRIT.includes(name));
    findings.push({
      code: 'crit-header',
      severity: unknown.length > 0 ? 'warning' : 'info',
      params: { names: names.join(', '), unknown: unknown.join(', ') },
    });
  }

  if (header.b64 === false) findings.push({ code: 'unencoded-payload', severity: 'info' });
  if (typeof header.cty === 'string' && header.cty.toUpperCase() === 'JWT') {
    findings.push({ code: 'nested-jwt', severity: 'info' });
  }
  return findings;
}

function findJsonIssues(part: PartName, json: ParsedJson | undefined): Finding[] {
  if (json === undefined) return [];
  const findings: Finding[] = [];
  if (json.duplicates.length > 0) {
    // A duplicate in the header can change `alg` between parsers, which is worse than one in the payload.
    findings.push({
      code: 'duplicate-member',
      severity: part === 'header' ? 'danger' : 'warning',
      params: { part, members: json.duplicates.join(', ') },
    });
  }
  for (const { path, raw } of json.unsafeNumbers) {
    findings.push({ code: 'unsafe-number', severity: 'warning', params: { part, path, raw } });
  }
  return findings;
}

function memberValue(root: JsonNode & { type: 'object' }, key: string): JsonNode | undefined {
  return root.members.findLast((member) => member.key === key)?.value;
}

function findTimeIssues(root: JsonNode & { type: 'object' }, now: number): Finding[] {
  const findings: Finding[] = [];
  const times: Partial<Record<string, number>> = {};

  for (const claim of VALIDITY_TIME_CLAIMS) {
    const node = memberValue(root, claim);
    if (node === undefined) continue;
    if (node.type !== 'number') {
      findings.push({ code: 'time-not-numeric', severity: 'warning', params: { claim, type: node.type } });
      continue;
    }
    const value = Number(node.raw);
    if (Math.abs(value) > MILLISECONDS_THRESHOLD) {
      findings.push({ code: 'time-in-milliseconds', severity: 'danger', params: { claim, seconds: Math.floor(value / 1000) } });
      continue;
    }
    times[claim] = value;
  }

  const { exp, nbf, iat } = times;
  if (memberValue(root, 'exp') === undefined) findings.push({ code: 'exp-missing', severity: 'warning' });
  // RFC 7519 §4.1.4: the token must not be accepted on or after `exp`. No leeway is applied here.
  if (exp !== undefined && now >= exp) findings.push({ code: 'expired', severity: 'warning', params: { time: exp } });
  if (nbf !== undefined && now < nbf) findings.push({ code: 'not-yet-valid', severity: 'warning', params: { time: nbf } });
  if (iat !== undefined && iat > now) findings.push({ code: 'issued-in-future', severity: 'warning', params: { time: iat } });
  if (exp !== undefined && iat !== undefined && exp - iat > LONG_LIFETIME_SECONDS) {
    findings.push({ code: 'long-lifetime', severity: 'info', params: { seconds: exp - iat } });
  }
  return findings;
}

const SENSITIVE_NAME = /(^|[_\-.])(pass(word|wd|phrase)?|pwd|secret|client_secret|private_?key|api_?key|credit_?card|card_?(number|no)|cvc|cvv|ssn|pin)$|password|passwd|secret_?key|주민/i;
const PRIVATE_KEY_PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
// Korean resident registration number: six-digit birth date, a dash, then seven digits.
const RESIDENT_NUMBER = /\b\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-?[1-4]\d{6}\b/;

/**
 * Flags members whose name or value looks like a credential or personal identifier: the payload
 * of a signed token is readable by anyone who has a copy.
 */
export function findSensitiveData(root: JsonNode): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: JsonNode, path: string) => {
    if (node.type === 'object') {
      for (const member of node.members) {
        const memberPath = path === '' ? member.key : `${path}.${member.key}`;
        if (SENSITIVE_NAME.test(member.key)) {
          findings.push({ code: 'sensitive-data', severity: 'danger', params: { path: memberPath, kind: 'name' } });
        } else {
          visit(member.value, memberPath);
        }
      }
    } else if (node.type === 'array') {
      node.items.forEach((item, index) => visit(item, `${path}[${index}]`));
    } else if (node.type === 'string') {
      const kind = sensitiveValueKind(node.value);
      if (kind !== undefined) findings.push({ code: 'sensitive-data', severity: 'danger', params: { path, kind } });
    }
  };
  visit(root, '');
  return findings;
}

function sensitiveValueKind(value: string): 'card-number' | 'private-key' | 'resident-number' | undefined {
  if (PRIVATE_KEY_PEM.test(value)) return 'private-key';
  if (RESIDENT_NUMBER.test(value)) return 'resident-number';
  const digits = value.replace(/[\s-]/g, '');
  // Card numbers start with 3 to 6 (the major networks' ranges); numeric ids rarely pass all three checks.
  if (/^[3-6]\d{12,18}$/.test(digits) && /^[\d\s-]+$/.test(value) && passesLuhn(digits)) return 'card-number';
  return undefined;
}

/** Checks the Luhn checksum that payment card numbers carry in their last digit. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The payload as a plain object, for callers that want values rather than nodes. */
export function payloadObject(decoded: DecodedToken): Record<string, unknown> | undefined {
  const view = decoded.payload?.view;
  if (view?.kind !== 'json' || view.json.root.type !== 'object') return undefined;
  return toJsValue(view.json.root) as Record<string, unknown>;
}
