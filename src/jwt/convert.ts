import { exportJWK, exportPKCS8, exportSPKI } from 'jose';
import { algorithmSpec, importParams, type SupportedAlg } from './algorithms';
import type { KeyInfo } from './der-keys';
import { publicJwk } from './key-import';
import { describeKey, parseKeyText, type Jwk, type ParsedKey } from './keys';
import type { Reason } from './signature-types';
import type { Result } from './types';

export type KeyFormat = 'pem' | 'jwk';

/**
 * Rewrites the text of one key as PEM (SPKI or PKCS #8) or as a JWK. The key is imported into
 * WebCrypto and exported again, so the result is a well-formed key, whatever variant was pasted.
 */
export async function convertKeyText(text: string, format: KeyFormat): Promise<Result<string, Reason>> {
  const parsed = parseKeyText(text);
  if (!parsed.ok) return { ok: false, error: { code: `key-${parsed.error.reason}` } };
  if (parsed.value.isSet || parsed.value.keys.length !== 1) return { ok: false, error: { code: 'conversion-set' } };

  const key = parsed.value.keys[0] as ParsedKey;
  const alg = algorithmForKey(key.info);
  if (alg === undefined) return { ok: false, error: { code: 'conversion-unsupported', params: { keyType: describeKey(key.info) } } };

  const spec = algorithmSpec(alg);
  if (spec === undefined) return { ok: false, error: { code: 'conversion-unsupported', params: { keyType: describeKey(key.info) } } };
  const params = importParams(spec);
  const usage: KeyUsage[] = key.visibility === 'private' ? ['sign'] : ['verify'];
  let cryptoKey: CryptoKey;
  try {
    cryptoKey = key.der !== undefined
      ? await crypto.subtle.importKey(key.visibility === 'private' ? 'pkcs8' : 'spki', key.der, params, true, usage)
      : await crypto.subtle.importKey('jwk', stripJwk(key.jwk as Jwk), params, true, usage);
  } catch {
    return { ok: false, error: { code: 'conversion-unsupported', params: { keyType: describeKey(key.info) } } };
  }

  if (format === 'pem') {
    const pem = key.visibility === 'private' ? await exportPKCS8(cryptoKey) : await exportSPKI(cryptoKey);
    // jose omits the final line break that PEM files (and OpenSSL's output) end with.
    return { ok: true, value: pem.endsWith('\n') ? pem : `${pem}\n` };
  }
  const jwk: Jwk = { ...(await exportJWK(cryptoKey)) };
  // Members that name the key's identity or purpose are carried over from a pasted JWK.
  for (const member of ['kid', 'use', 'alg'] as const) if (key.jwk?.[member] !== undefined) jwk[member] = key.jwk[member];
  return { ok: true, value: JSON.stringify(jwk, null, 2) };
}

/** Returns the public half of a private key's text, in the same format (PEM or JWK). */
export async function publicKeyText(privateKeyText: string): Promise<Result<string, Reason>> {
  const parsed = parseKeyText(privateKeyText);
  if (!parsed.ok) return { ok: false, error: { code: `key-${parsed.error.reason}` } };
  const isJwk = privateKeyText.trim().startsWith('{');
  const asJwk = await convertKeyText(privateKeyText, 'jwk');
  if (!asJwk.ok) return asJwk;
  const jwk = publicJwk(JSON.parse(asJwk.value) as Jwk);
  const text = JSON.stringify(jwk, null, 2);
  return isJwk ? { ok: true, value: text } : convertKeyText(text, 'pem');
}

function algorithmForKey(info: KeyInfo): SupportedAlg | undefined {
  if (info.kty === 'RSA' && info.algorithm === undefined) return 'RS256';
  if (info.kty === 'EC') return ({ 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' } as const)[info.crv as 'P-256'];
  if (info.kty === 'OKP' && info.crv === 'Ed25519') return 'EdDSA';
  return undefined;
}

function stripJwk(jwk: Jwk): JsonWebKey {
  const { kid: _kid, use: _use, alg: _alg, key_ops: _keyOps, ext: _ext, ...material } = jwk;
  return material as JsonWebKey;
}
