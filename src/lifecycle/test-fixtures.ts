// Helpers for the engine's unit tests only. Keys come from node:crypto, an implementation
// independent of jose, so the tests can check jose's tokens against it.
import { createHmac, generateKeyPairSync, randomBytes, verify, type KeyObject } from 'node:crypto';
import { importPKCS8, importSPKI } from 'jose';
import type { RunContext } from './timeline';
import { secureRandomBytes, type SigningKeys } from './token-crypto';
import type { SigningAlg } from './types';

/** 2025-03-03T00:00:00Z: a fixed virtual start so expected times can be written out. */
export const TEST_START = Date.UTC(2025, 2, 3, 0, 0, 0);

export interface NodeKeys {
  keys: SigningKeys;
  /** Checks a compact JWS with node:crypto: ECDSA P-256 in IEEE P1363 form, or HMAC-SHA-256. */
  verifyWithNode: (token: string) => boolean;
}

export async function createNodeKeys(alg: SigningAlg): Promise<NodeKeys> {
  if (alg === 'HS256') {
    const secret = new Uint8Array(randomBytes(32));
    const verifyWithNode = (token: string) => {
      const [header, payload, signature] = token.split('.');
      const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
      return expected === signature;
    };
    return { keys: { alg, signingKey: secret, verificationKey: secret }, verifyWithNode };
  }

  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const keys: SigningKeys = {
    alg,
    signingKey: await importPKCS8(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), alg),
    verificationKey: await importSPKI(publicKey.export({ format: 'pem', type: 'spki' }).toString(), alg),
  };
  return { keys, verifyWithNode: (token) => verifyEs256(token, publicKey) };
}

export async function createTestRun(alg: SigningAlg): Promise<RunContext & NodeKeys> {
  const nodeKeys = await createNodeKeys(alg);
  return { ...nodeKeys, random: secureRandomBytes };
}

function verifyEs256(token: string, publicKey: KeyObject): boolean {
  const [header, payload, signature = ''] = token.split('.');
  return verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
}

/** Decodes a JWT payload with Node's base64url decoder, without jose. */
export function decodePayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
