import * as asn1js from 'asn1js';
import type { Result } from './types';

/** The DER structure a key was found in. Public keys end up as SPKI, private keys as PKCS #8. */
export type DerSource = 'spki' | 'certificate' | 'pkcs1-public' | 'pkcs8' | 'pkcs1-private' | 'sec1';

export type KeyTypeName = 'RSA' | 'EC' | 'OKP' | 'AKP' | 'unknown';

/** What a key is, as far as choosing an algorithm goes. */
export interface KeyInfo {
  kty: KeyTypeName;
  /** A JOSE curve name (`P-256`, `Ed25519`, …), `secp256k1`, or the curve's OID when it has no name here. */
  crv?: string;
  /** RSA modulus length in bits. */
  bits?: number;
  /** For ML-DSA keys: the parameter set as an algorithm name (`ML-DSA-44`, …). */
  algorithm?: string;
}

export interface DerKey {
  visibility: 'public' | 'private';
  source: DerSource;
  /** SPKI for a public key, PKCS #8 for a private one: the formats WebCrypto imports. */
  der: Uint8Array<ArrayBuffer>;
  info: KeyInfo;
}

export type DerError = { reason: 'not-der' } | { reason: 'unknown-structure' } | { reason: 'sec1-curve-missing' };

const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
  x25519: '1.3.101.110',
};

const CURVE_NAMES: Record<string, string> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
  '1.3.132.0.10': 'secp256k1',
  '1.3.36.3.3.2.8.1.1.7': 'brainpoolP256r1',
  '1.3.36.3.3.2.8.1.1.11': 'brainpoolP384r1',
  '1.3.36.3.3.2.8.1.1.13': 'brainpoolP512r1',
};

const ML_DSA: Record<string, string> = {
  '2.16.840.1.101.3.4.3.17': 'ML-DSA-44',
  '2.16.840.1.101.3.4.3.18': 'ML-DSA-65',
  '2.16.840.1.101.3.4.3.19': 'ML-DSA-87',
};

const CURVE_OIDS: Record<string, string> = Object.fromEntries(Object.entries(CURVE_NAMES).map(([oid, name]) => [name, oid]));

/**
 * Identifies a DER-encoded key by its structure (not by the PEM label, which people often get
 * wrong): X.509 certificate, SPKI, PKCS #1 RSA public or private key, PKCS #8, or SEC 1 EC private
 * key. Converts the result to SPKI or PKCS #8 so WebCrypto can import it.
 */
export function classifyDer(bytes: Uint8Array): Result<DerKey, DerError> {
  const root = parseDer(bytes);
  if (!(root instanceof asn1js.Sequence)) return { ok: false, error: { reason: 'not-der' } };
  const items = children(root);

  if (items.length >= 3 && items[0] instanceof asn1js.Sequence && items[1] instanceof asn1js.Sequence && items[2] instanceof asn1js.BitString) {
    const spki = certificateSpki(items[0]);
    if (spki !== undefined) return publicKey(spki, 'certificate');
  }
  if (items.length === 2 && items[0] instanceof asn1js.Sequence && items[1] instanceof asn1js.BitString) {
    return publicKey(root, 'spki');
  }
  if (items.length === 2 && items.every((item) => item instanceof asn1js.Integer)) {
    const spki = sequence([sequence([new asn1js.ObjectIdentifier({ value: OID.rsaEncryption }), new asn1js.Null()]), new asn1js.BitString({ valueHex: bytes })]);
    return { ok: true, value: { visibility: 'public', source: 'pkcs1-public', der: toDer(spki), info: { kty: 'RSA', bits: integerBits(items[0] as asn1js.Integer) } } };
  }
  if (items.length >= 3 && items[0] instanceof asn1js.Integer && items[1] instanceof asn1js.Sequence && items[2] instanceof asn1js.OctetString) {
    return { ok: true, value: { visibility: 'private', source: 'pkcs8', der: copy(bytes), info: pkcs8Info(items[1], items[2]) } };
  }
  if (items.length >= 9 && items.every((item) => item instanceof asn1js.Integer)) {
    const pkcs8 = sequence([new asn1js.Integer({ value: 0 }), sequence([new asn1js.ObjectIdentifier({ value: OID.rsaEncryption }), new asn1js.Null()]), new asn1js.OctetString({ valueHex: bytes })]);
    return { ok: true, value: { visibility: 'private', source: 'pkcs1-private', der: toDer(pkcs8), info: { kty: 'RSA', bits: integerBits(items[1] as asn1js.Integer) } } };
  }
  if (items.length >= 2 && items[0] instanceof asn1js.Integer && items[1] instanceof asn1js.OctetString) {
    return sec1ToPkcs8(bytes, items);
  }
  return { ok: false, error: { reason: 'unknown-structure' } };
}

function publicKey(spki: asn1js.Sequence, source: DerSource): Result<DerKey, DerError> {
  const [algorithm, bitString] = children(spki);
  if (!(algorithm instanceof asn1js.Sequence) || !(bitString instanceof asn1js.BitString)) return { ok: false, error: { reason: 'unknown-structure' } };
  const info = algorithmInfo(algorithm);
  if (info.kty === 'RSA') {
    const rsaKey = parseDer(bitString.valueBlock.valueHexView);
    const modulus = rsaKey instanceof asn1js.Sequence ? children(rsaKey)[0] : undefined;
    if (modulus instanceof asn1js.Integer) info.bits = integerBits(modulus);
  }
  return { ok: true, value: { visibility: 'public', source, der: copy(spki.valueBeforeDecodeView), info } };
}

// A TBSCertificate starts with an optional [0] version, then serial, signature, issuer, validity,
// subject and subjectPublicKeyInfo (RFC 5280 §4.1).
function certificateSpki(tbs: asn1js.Sequence): asn1js.Sequence | undefined {
  const fields = children(tbs);
  const offset = fields[0]?.idBlock.tagClass === 3 ? 1 : 0;
  const spki = fields[offset + 5];
  return spki instanceof asn1js.Sequence ? spki : undefined;
}

function pkcs8Info(algorithm: asn1js.Sequence, privateKey: asn1js.OctetString): KeyInfo {
  const info = algorithmInfo(algorithm);
  const inner = parseDer(privateKey.valueBlock.valueHexView);
  const fields = inner instanceof asn1js.Sequence ? children(inner) : [];
  if (info.kty === 'RSA' && fields[1] instanceof asn1js.Integer) info.bits = integerBits(fields[1]);
  if (info.kty === 'EC' && info.crv === undefined) {
    const parameters = fields.find((field) => field.idBlock.tagClass === 3 && field.idBlock.tagNumber === 0);
    const curve = parameters instanceof asn1js.Constructed ? parameters.valueBlock.value[0] : undefined;
    if (curve instanceof asn1js.ObjectIdentifier) info.crv = curveName(curve.getValue());
  }
  return info;
}

// SEC 1 §C.4: ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] parameters, [1] publicKey }.
function sec1ToPkcs8(bytes: Uint8Array, items: asn1js.AsnType[]): Result<DerKey, DerError> {
  const parameters = items.find((field) => field.idBlock.tagClass === 3 && field.idBlock.tagNumber === 0);
  const curve = parameters instanceof asn1js.Constructed ? parameters.valueBlock.value[0] : undefined;
  if (!(curve instanceof asn1js.ObjectIdentifier)) return { ok: false, error: { reason: 'sec1-curve-missing' } };
  const pkcs8 = sequence([
    new asn1js.Integer({ value: 0 }),
    sequence([new asn1js.ObjectIdentifier({ value: OID.ecPublicKey }), new asn1js.ObjectIdentifier({ value: curve.getValue() })]),
    new asn1js.OctetString({ valueHex: bytes }),
  ]);
  return { ok: true, value: { visibility: 'private', source: 'sec1', der: toDer(pkcs8), info: { kty: 'EC', crv: curveName(curve.getValue()) } } };
}

function algorithmInfo(algorithm: asn1js.Sequence): KeyInfo {
  const [oidNode, parameters] = children(algorithm);
  const oid = oidNode instanceof asn1js.ObjectIdentifier ? oidNode.getValue() : '';
  if (oid === OID.rsaEncryption || oid === OID.rsassaPss) return { kty: 'RSA', ...(oid === OID.rsassaPss ? { algorithm: 'RSASSA-PSS' } : {}) };
  if (oid === OID.ecPublicKey) {
    return parameters instanceof asn1js.ObjectIdentifier ? { kty: 'EC', crv: curveName(parameters.getValue()) } : { kty: 'EC' };
  }
  if (oid === OID.ed25519) return { kty: 'OKP', crv: 'Ed25519' };
  if (oid === OID.ed448) return { kty: 'OKP', crv: 'Ed448' };
  if (oid === OID.x25519) return { kty: 'OKP', crv: 'X25519' };
  if (ML_DSA[oid] !== undefined) return { kty: 'AKP', algorithm: ML_DSA[oid] };
  return { kty: 'unknown', algorithm: oid };
}

function curveName(oid: string): string {
  return CURVE_NAMES[oid] ?? oid;
}

/** The OID of a named curve, for building SEC 1 and PKCS #8 structures. */
export function curveOid(name: string): string | undefined {
  return CURVE_OIDS[name];
}

function integerBits(integer: asn1js.Integer): number {
  const bytes = integer.valueBlock.valueHexView;
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const first = bytes[start] ?? 0;
  return (bytes.length - start - 1) * 8 + (first === 0 ? 0 : Math.floor(Math.log2(first)) + 1);
}

/**
 * Converts an ECDSA signature from DER (`SEQUENCE { INTEGER r, INTEGER s }`, what OpenSSL and
 * most platform APIs return) to the fixed-length R‖S form that JWS requires (RFC 7518 §3.4).
 * Returns undefined when the bytes are not exactly such a DER structure.
 */
export function ecdsaDerToRaw(signature: Uint8Array, coordinateBytes: number): Uint8Array<ArrayBuffer> | undefined {
  if (signature[0] !== 0x30) return undefined;
  const decoded = asn1js.fromBER(copy(signature));
  if (decoded.offset !== signature.length || !(decoded.result instanceof asn1js.Sequence)) return undefined;
  const [r, s] = children(decoded.result);
  if (!(r instanceof asn1js.Integer) || !(s instanceof asn1js.Integer) || children(decoded.result).length !== 2) return undefined;

  const raw = new Uint8Array(coordinateBytes * 2);
  for (const [index, integer] of [r, s].entries()) {
    const value = stripLeadingZeros(integer.valueBlock.valueHexView);
    if (value.length > coordinateBytes) return undefined;
    raw.set(value, (index + 1) * coordinateBytes - value.length);
  }
  return raw;
}

function stripLeadingZeros(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  return bytes.subarray(start);
}

function parseDer(bytes: Uint8Array): asn1js.AsnType | undefined {
  const decoded = asn1js.fromBER(copy(bytes));
  if (decoded.offset === -1 || decoded.offset !== bytes.length) return undefined;
  return decoded.result;
}

function children(node: asn1js.AsnType): asn1js.AsnType[] {
  return node instanceof asn1js.Constructed ? node.valueBlock.value : [];
}

function sequence(value: asn1js.AsnType[]): asn1js.Sequence {
  return new asn1js.Sequence({ value });
}

function toDer(node: asn1js.AsnType): Uint8Array<ArrayBuffer> {
  return new Uint8Array(node.toBER(false));
}

function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}
