import { createHmac, generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import cases from '../src/jwt/vectors/signature-cases.json' with { type: 'json' };
import jwtio from '../src/jwt/vectors/jwtio-e2e.json' with { type: 'json' };

const SECRET = 'Xq7Lm2Pz9Rt4Vw8Ny3Kb6Hd1Fg5Js0Ca2Eu7Io9Pl3Qz';

function segment(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function hs256(payload: object, secret: string): string {
  const input = `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

async function openDebugger(page: Page, options: { theme?: 'light' | 'dark' } = {}) {
  await page.addInitScript((theme) => {
    window.localStorage.setItem('jwt-lab.locale', 'en');
    if (theme !== undefined) window.localStorage.setItem('jwt-lab.theme', theme);
  }, options.theme);
  await page.goto('/');
  await expect(page.getByTestId('signature-status')).toBeVisible();
}

function status(page: Page) {
  return page.getByTestId('signature-status');
}

async function tokenValue(page: Page): Promise<string> {
  return page.getByTestId('token-input').inputValue();
}

test.describe('signature', () => {
  test('starts unchecked on the sample token', async ({ page }) => {
    await openDebugger(page);
    await expect(status(page)).toHaveAttribute('data-status', 'unchecked');
    await expect(page.getByTestId('secret-input')).toHaveValue('');
  });

  test('verifies a pasted token, then fails when one payload character changes', async ({ page }) => {
    await openDebugger(page);
    const token = hs256({ sub: 'user-123', name: 'Test User' }, SECRET);
    await page.getByTestId('token-input').fill(token);
    await page.getByTestId('secret-input').fill(SECRET);
    await expect(status(page)).toHaveAttribute('data-status', 'valid');

    const [header, payload, signature] = token.split('.') as [string, string, string];
    const changed = `${header}.${payload.slice(0, 6)}${payload[6] === 'A' ? 'B' : 'A'}${payload.slice(7)}.${signature}`;
    await page.getByTestId('token-input').fill(changed);
    await expect(status(page)).toHaveAttribute('data-status', 'invalid');
  });

  test('editing the payload JSON re-signs the token', async ({ page }) => {
    await openDebugger(page);
    await page.getByTestId('token-input').fill(hs256({ sub: 'user-123', role: 'reader' }, SECRET));
    await page.getByTestId('secret-input').fill(SECRET);
    await expect(status(page)).toHaveAttribute('data-status', 'valid');
    const before = await tokenValue(page);

    await page.getByTestId('payload-json').fill('{\n  "sub": "user-123",\n  "role": "admin"\n}');
    await expect.poll(() => tokenValue(page)).not.toBe(before);
    await expect(status(page)).toHaveAttribute('data-status', 'valid');
    const [header, payload, signature] = (await tokenValue(page)).split('.') as [string, string, string];
    expect(Buffer.from(payload, 'base64url').toString()).toBe('{"sub":"user-123","role":"admin"}');
    expect(signature).toBe(createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url'));
  });

  test('editing an RS256 token without a private key says the content changed', async ({ page }) => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const input = `${segment({ alg: 'RS256', typ: 'JWT' })}.${segment({ sub: 'user-123' })}`;
    const token = `${input}.${nodeSign('sha256', Buffer.from(input), pair.privateKey).toString('base64url')}`;
    await openDebugger(page);
    await page.getByTestId('token-input').fill(token);
    await page.getByTestId('public-key-input').fill(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString());
    await expect(status(page)).toHaveAttribute('data-status', 'valid');

    await page.getByTestId('payload-json').fill('{"sub":"user-456"}');
    await expect(status(page)).toHaveAttribute('data-status', 'invalid');
    await expect(page.getByTestId('signature-diagnosis')).toHaveAttribute('data-code', 'content-edited');
    await expect(page.getByTestId('resign-problem')).toBeVisible();
  });

  for (const alg of ['HS256', 'HS512', 'RS256', 'PS384', 'ES256', 'ES512', 'EdDSA']) {
    test(`generates a key for ${alg} and round-trips an edit`, async ({ page }) => {
      await openDebugger(page);
      await page.getByTestId('alg-select').selectOption(alg);
      await expect.poll(async () => JSON.parse(await page.getByTestId('header-json').inputValue()).alg).toBe(alg);
      await page.getByTestId('generate-key').click();
      await expect(status(page)).toHaveAttribute('data-status', 'valid');
      if (!alg.startsWith('HS')) {
        await expect(page.getByTestId('public-key-input')).toHaveValue(/BEGIN PUBLIC KEY/);
        await expect(page.getByTestId('private-key-input')).toHaveValue(/BEGIN PRIVATE KEY/);
      }

      const before = await tokenValue(page);
      await page.getByTestId('payload-json').fill('{\n  "sub": "edited-user"\n}');
      await expect.poll(() => tokenValue(page)).not.toBe(before);
      await expect(status(page)).toHaveAttribute('data-status', 'valid');
    });
  }

  test('switching alg to RS256 without a key names the key it needs', async ({ page }) => {
    await openDebugger(page);
    await page.getByTestId('secret-input').fill('jwt-lab-sample-secret-0123456789abcdef');
    await expect(status(page)).toHaveAttribute('data-status', 'valid');
    await page.getByTestId('alg-select').selectOption('RS256');
    await expect(page.getByTestId('resign-problem')).toContainText('private key');
    await expect(page.getByTestId('signature-diagnosis')).toHaveAttribute('data-code', 'content-edited');
  });

  test('hints that the secret is base64', async ({ page }) => {
    const secret = Buffer.from('0123456789abcdef0123456789abcdef');
    const input = `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment({ sub: 'user-123' })}`;
    const token = `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
    await openDebugger(page);
    await page.getByTestId('token-input').fill(token);
    await page.getByTestId('secret-input').fill(secret.toString('base64'));
    await expect(status(page)).toHaveAttribute('data-status', 'invalid');
    await expect(page.getByTestId('signature-diagnosis')).toHaveAttribute('data-code', 'secret-encoding');
    await expect(page.getByTestId('signature-diagnosis')).toContainText('Base64');

    await page.getByTestId('secret-encoding').selectOption('base64');
    await expect(status(page)).toHaveAttribute('data-status', 'valid');
  });

  test('converts a public key to JWK and back and still verifies', async ({ page }) => {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const input = `${segment({ alg: 'ES256' })}.${segment({ sub: 'user-123' })}`;
    const token = `${input}.${nodeSign('sha256', Buffer.from(input), { key: pair.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
    await openDebugger(page);
    await page.getByTestId('token-input').fill(token);
    await page.getByTestId('public-key-input').fill(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString());
    await expect(status(page)).toHaveAttribute('data-status', 'valid');

    await page.getByTestId('public-key-to-jwk').click();
    await expect(page.getByTestId('public-key-input')).toHaveValue(/"kty": "EC"/);
    await expect(status(page)).toHaveAttribute('data-status', 'valid');
    await page.getByTestId('public-key-to-pem').click();
    await expect(page.getByTestId('public-key-input')).toHaveValue(/BEGIN PUBLIC KEY/);
    await expect(status(page)).toHaveAttribute('data-status', 'valid');
  });

  test('flags a token signed with a known secret, with progress shown', async ({ page }) => {
    await openDebugger(page);
    await page.getByTestId('token-input').fill(hs256({ sub: 'user-123' }, 'your-256-bit-secret'));
    await expect(page.getByTestId('known-secret')).toHaveAttribute('data-found', 'true');
    await expect(page.locator('[data-testid="warning"][data-code="known-secret"]')).toHaveCount(1);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no serious accessibility violations (${theme})`, async ({ page }) => {
      await openDebugger(page, { theme });
      await page.getByTestId('token-input').fill(hs256({ sub: 'user-123' }, 'short'));
      await page.getByTestId('secret-input').fill('short ');
      await expect(page.getByTestId('signature-diagnosis')).toBeVisible();
      const results = await new AxeBuilder({ page }).include('[data-testid="signature-panel"]').analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('works on a phone-sized screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openDebugger(page);
    await page.getByTestId('secret-input').fill('jwt-lab-sample-secret-0123456789abcdef');
    await expect(status(page)).toHaveAttribute('data-status', 'valid');
    const box = await page.getByTestId('signature-panel').boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(375);
  });
});

interface SignatureCase {
  id: string;
  input: { token: string; secret?: string; secretEncoding?: string; publicKey?: string };
  status: string | null;
  diagnosis?: string;
  warnings: string[];
}

const KEY_WARNINGS = new Set(['weak-secret', 'known-secret', 'weak-rsa-key', 'alg-confusion', 'secret-whitespace', 'key-normalized']);

test.describe('signature cases', () => {
  for (const entry of (cases as SignatureCase[]).filter((candidate) => candidate.status !== null)) {
    test(entry.id, async ({ page }) => {
      await openDebugger(page);
      await page.getByTestId('token-input').fill(entry.input.token);
      if (entry.input.secret !== undefined) {
        await page.getByTestId('secret-encoding').selectOption(entry.input.secretEncoding ?? 'utf8');
        await page.getByTestId('secret-input').fill(entry.input.secret);
      }
      if (entry.input.publicKey !== undefined) await page.getByTestId('public-key-input').fill(entry.input.publicKey);

      await expect(status(page)).toHaveAttribute('data-status', entry.status as string);
      if (entry.diagnosis !== undefined) await expect(page.getByTestId('signature-diagnosis')).toHaveAttribute('data-code', entry.diagnosis);
      for (const code of entry.warnings.filter((warning) => KEY_WARNINGS.has(warning))) {
        await expect(page.locator(`[data-testid="warning"][data-code="${code}"]`).first()).toBeVisible();
      }
    });
  }
});

interface JwtioEntry {
  jwt: string;
  secret?: string;
  secretEncoding?: string;
  publicKey?: string | object;
}

const jwtioEntries = Object.entries((jwtio as { byAlgorithm: Record<string, Record<string, unknown>> }).byAlgorithm).flatMap(([alg, group]) =>
  typeof group.jwt === 'string'
    ? [[alg, alg, group as unknown as JwtioEntry] as const]
    : Object.entries(group)
        .filter(([, value]) => typeof value === 'object' && value !== null)
        .map(([variant, value]) => [`${alg} ${variant}`, alg, value as JwtioEntry] as const),
);

test.describe('jwt.io vectors in Chromium', () => {
  for (const [name, alg, entry] of jwtioEntries) {
    test(name, async ({ page }) => {
      await openDebugger(page);
      await page.getByTestId('token-input').fill(entry.jwt);
      if (entry.secret !== undefined) {
        await page.getByTestId('secret-encoding').selectOption(entry.secretEncoding === 'base64url' ? 'base64' : 'utf8');
        await page.getByTestId('secret-input').fill(entry.secret);
      }
      if (entry.publicKey !== undefined) {
        const key = typeof entry.publicKey === 'string' ? entry.publicKey : JSON.stringify(entry.publicKey);
        await page.getByTestId('public-key-input').fill(key);
      }
      const expected = alg === 'none' ? 'unsecured' : alg.startsWith('ML-DSA') ? 'unsupported' : 'valid';
      await expect(status(page)).toHaveAttribute('data-status', expected);
    });
  }
});
