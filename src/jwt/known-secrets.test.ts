import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { algorithmSpec, signingInput, type AlgorithmSpec } from './algorithms';
import { KNOWN_SECRETS, searchKnownSecrets } from './known-secrets';

const HS256 = algorithmSpec('HS256') as AlgorithmSpec;

function signed(secret: string) {
  const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
  const payload = Buffer.from('{"sub":"user-123"}').toString('base64url');
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  return { input: signingInput(header, payload), signature: new Uint8Array(signature) };
}

describe('known secrets', () => {
  it('list holds several hundred distinct entries', () => {
    expect(KNOWN_SECRETS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(KNOWN_SECRETS).size).toBe(KNOWN_SECRETS.length);
  });

  it.each(['your-256-bit-secret', 'secret', 'keyboard cat', 'SECRET_KEY'])('finds %s', async (secret) => {
    const { input, signature } = signed(secret);
    const result = await searchKnownSecrets(HS256, input, signature);
    expect(result.match).toBe(secret);
    expect(result.timedOut).toBe(false);
  });

  it('finds nothing for a random secret and tries every entry', async () => {
    const { input, signature } = signed('q8V-3nB1xZ7m0Lr5tY2kW9pD4sF6hJ0u');
    const progress: number[] = [];
    const result = await searchKnownSecrets(HS256, input, signature, { onProgress: ({ tried }) => progress.push(tried) });
    expect(result.match).toBeUndefined();
    expect(result.tried).toBe(KNOWN_SECRETS.length);
    expect(progress.at(-1)).toBe(KNOWN_SECRETS.length);
  });

  it('stops at the deadline', async () => {
    const { input, signature } = signed('q8V-3nB1xZ7m0Lr5tY2kW9pD4sF6hJ0u');
    const result = await searchKnownSecrets(HS256, input, signature, { deadline: performance.now() - 1 });
    expect(result).toEqual({ tried: 0, total: KNOWN_SECRETS.length, timedOut: true });
  });
});
