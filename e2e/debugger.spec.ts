import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import cases from '../src/jwt/fixtures/public-cases.json' with { type: 'json' };

interface PublicCase {
  id: string;
  input: { token: string };
  expect: {
    header?: unknown;
    payload?: unknown;
    mustDisplay?: string[];
    claimTimesUtc?: Record<string, string>;
    errors?: { code: string; part: string }[];
    warnings?: string[];
  };
}

// Warnings that need a secret or key; the signature tests cover them.
const KEY_WARNINGS = new Set(['weak-secret', 'known-secret', 'weak-rsa-key', 'alg-confusion', 'secret-whitespace', 'key-normalized']);

function segment(value: object | string): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

const header = segment({ alg: 'HS256', typ: 'JWT' });
const payload = segment({ sub: 'user-123' });

async function paste(page: Page, token: string) {
  await page.getByTestId('token-input').fill(token);
}

async function openDebugger(page: Page, locale: 'en' | 'ko' = 'en') {
  await page.addInitScript((lang) => window.localStorage.setItem('jwt-lab.locale', lang), locale);
  await page.goto('/');
  await expect(page.getByTestId('token-input')).toBeVisible();
}

test.describe('debugger', () => {
  test('opens on the sample token with decoded panes and claims', async ({ page }) => {
    await openDebugger(page);
    expect(await page.getByTestId('token-input').inputValue()).toMatch(/^eyJ/);
    expect(JSON.parse(await page.getByTestId('header-json').inputValue())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(await page.getByTestId('payload-json').inputValue())).toMatchObject({ sub: 'user-123', name: '김민지' });
    await expect(page.getByTestId('token-part-header')).toHaveText('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9');
    await expect(page.locator('[data-testid="claim-row"][data-claim="exp"]')).toContainText('2100-01-01T00:00:00Z');
    await expect(page.getByTestId('token-error')).toHaveCount(0);
  });

  for (const testCase of cases as PublicCase[]) {
    test(`case ${testCase.id}`, async ({ page }) => {
      await openDebugger(page);
      await paste(page, testCase.input.token);
      const expected = testCase.expect;

      for (const error of expected.errors ?? []) {
        await expect(page.locator(`[data-testid="token-error"][data-code="${error.code}"][data-part="${error.part}"]`)).toHaveCount(1);
      }
      if (expected.errors === undefined) await expect(page.getByTestId('token-error')).toHaveCount(0);

      if (expected.header !== undefined) {
        await expect.poll(async () => JSON.parse(await page.getByTestId('header-json').inputValue())).toEqual(expected.header);
      }
      if (expected.payload !== undefined) {
        await expect.poll(async () => JSON.parse(await page.getByTestId('payload-json').inputValue())).toEqual(expected.payload);
      }
      for (const text of expected.mustDisplay ?? []) {
        await expect.poll(() => page.getByTestId('payload-json').inputValue()).toContain(text);
      }
      for (const [claim, iso] of Object.entries(expected.claimTimesUtc ?? {})) {
        await expect(page.locator(`[data-testid="claim-row"][data-claim="${claim}"]`)).toContainText(iso);
      }
      for (const code of expected.warnings ?? []) {
        if (!KEY_WARNINGS.has(code)) await expect(page.locator(`[data-testid="warning"][data-code="${code}"]`).first()).toBeVisible();
      }
    });
  }

  test('typing into the token changes the payload', async ({ page }) => {
    await openDebugger(page);
    await paste(page, `${header}.${segment({ sub: 'user-1' })}.c2ln`);
    await expect.poll(() => page.getByTestId('payload-json').inputValue()).toContain('"user-1"');

    const input = page.getByTestId('token-input');
    await input.fill('');
    await input.pressSequentially(`${header}.${segment({ sub: 'user-2' })}.c2ln`, { delay: 0 });
    await expect.poll(() => page.getByTestId('payload-json').inputValue()).toContain('"user-2"');
  });

  test('editing the payload JSON re-encodes the token', async ({ page }) => {
    await openDebugger(page);
    const header = segment({ alg: 'none' });
    await paste(page, `${header}.${segment('{"role":"user","id":12345678901234567890}')}.`);
    await page.getByTestId('payload-json').fill('{\n  "role": "admin",\n  "id": 12345678901234567890\n}');
    const token = await page.getByTestId('token-input').inputValue();
    const [headerSegment, payloadSegment] = token.split('.');
    expect(headerSegment).toBe(header);
    expect(Buffer.from(payloadSegment ?? '', 'base64url').toString()).toBe('{"role":"admin","id":12345678901234567890}');
  });

  test('invalid JSON in the payload editor leaves the token as it was', async ({ page }) => {
    await openDebugger(page);
    const before = await page.getByTestId('token-input').inputValue();
    await page.getByTestId('payload-json').fill('{"sub": ');
    await expect(page.getByRole('alert').filter({ hasText: 'Not valid JSON' })).toBeVisible();
    expect(await page.getByTestId('token-input').inputValue()).toBe(before);
  });

  const errorInputs: [string, string, string, string][] = [
    ['segment-count', `${header}.${payload}`, 'token', 'has 2 parts'],
    ['invalid-base64url', `${header}.${payload.slice(0, 4)}!${payload.slice(4)}.c2ln`, 'payload', 'position 5'],
    ['invalid-utf8', `${header}.${Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xb2, 0xe2, 0x22, 0x7d]).toString('base64url')}.c2ln`, 'payload', 'offset 6'],
    ['invalid-json', `${header}.${segment('{"sub":"x",}')}.c2ln`, 'payload', 'line 1, column 12'],
    ['not-an-object', `${segment('["HS256"]')}.${payload}.c2ln`, 'header', 'array'],
    ['jwe', `${segment({ alg: 'dir', enc: 'A128GCM' })}..aXY.Y2lwaGVy.dGFn`, 'token', 'A128GCM'],
  ];
  for (const [code, token, part, text] of errorInputs) {
    test(`shows ${code} with the part and where`, async ({ page }) => {
      await openDebugger(page);
      await paste(page, token);
      const error = page.locator(`[data-testid="token-error"][data-code="${code}"]`);
      await expect(error).toHaveAttribute('data-part', part);
      await expect(error).toContainText(text);
      if (part !== 'header') await expect(page.getByTestId('header-json')).not.toHaveValue('');
    });
  }

  test('shows too-large for an input over the limit and stays responsive', async ({ page }) => {
    await openDebugger(page);
    await paste(page, 'a'.repeat(2 * 1024 * 1024 + 10));
    await expect(page.locator('[data-testid="token-error"][data-code="too-large"]')).toBeVisible();
    await paste(page, `${header}.${payload}.c2ln`);
    await expect(page.getByTestId('token-error')).toHaveCount(0);
  });

  test('shows the five parts of a JWE', async ({ page }) => {
    await openDebugger(page);
    await paste(page, `${segment({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })}.a2V5.aXY.Y2lwaGVy.dGFn`);
    for (const index of [1, 2, 3, 4, 5]) await expect(page.getByTestId(`token-part-${index}`)).toBeVisible();
    expect(JSON.parse(await page.getByTestId('header-json').inputValue())).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM' });
  });

  test('opens the inner token of a nested JWT', async ({ page }) => {
    await openDebugger(page);
    const inner = `${segment({ alg: 'none' })}.${segment({ sub: 'inner-user' })}.`;
    await paste(page, `${segment({ alg: 'HS256', cty: 'JWT' })}.${segment(inner)}.c2ln`);
    await expect(page.locator('[data-testid="warning"][data-code="nested-jwt"]')).toBeVisible();
    await expect(page.getByTestId('token-error')).toHaveCount(0);
    await page.getByTestId('open-nested-token').click();
    await expect(page.getByTestId('token-input')).toHaveValue(inner);
    await expect.poll(() => page.getByTestId('payload-json').inputValue()).toContain('inner-user');
  });

  test('preloads a token from #token=', async ({ page }) => {
    const token = `${header}.${segment({ sub: 'from-link' })}.c2ln`;
    await page.goto(`/#token=${token}`);
    await expect(page.getByTestId('token-input')).toHaveValue(token);
    await expect.poll(() => page.getByTestId('payload-json').inputValue()).toContain('from-link');
  });

  test('moves a ?token= query into the fragment and says why', async ({ page }) => {
    const token = `${header}.${segment({ sub: 'from-query' })}.c2ln`;
    await page.goto(`/?token=${token}`);
    await expect(page.getByTestId('query-moved')).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe(`#token=${token}`);
    await expect(page.getByTestId('token-input')).toHaveValue(token);
  });

  test('copies a share link with the token in the fragment', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openDebugger(page);
    await page.getByTestId('share-link').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const token = await page.getByTestId('token-input').inputValue();
    expect(link).toBe(`${new URL(page.url()).origin}/#token=${token}`);
  });

  test('switching language changes the text but not the codes', async ({ page }) => {
    // No init script here: the reload below must keep the language the switch stored.
    await page.goto('/');
    await paste(page, `${segment({ alg: 'none' })}.${segment({ sub: 'user-123' })}.`);
    const warning = page.locator('[data-testid="warning"][data-code="alg-none"]');
    await expect(warning).toContainText('Unsecured token');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByTestId('lang-switch').selectOption('ko');
    await expect(warning).toContainText('서명 없는 토큰');
    await expect(warning).toHaveAttribute('data-severity', 'danger');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByTestId('nav-lifecycle')).toHaveText('토큰 수명 주기');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByTestId('lang-switch')).toHaveValue('ko');
  });

  test('takes Korean from a Korean browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('JWT 디버거');
    await context.close();
  });

  test('shows relative times for an expired token', async ({ page }) => {
    await openDebugger(page);
    const now = Math.floor(Date.now() / 1000);
    await paste(page, `${header}.${segment({ iat: now - 4 * 3600, exp: now - 3 * 3600 })}.c2ln`);
    const exp = page.locator('[data-testid="claim-row"][data-claim="exp"]');
    await expect(exp.getByTestId('claim-relative-time')).toHaveText(/expired 3 hr\. ago/);
    await expect(page.locator('[data-testid="warning"][data-code="expired"]')).toBeVisible();
  });

  test('remembers a token only after opting in', async ({ page }) => {
    await openDebugger(page);
    const token = `${header}.${segment({ sub: 'kept' })}.c2ln`;
    await paste(page, token);
    expect(await page.evaluate(() => JSON.stringify(window.localStorage))).not.toContain(token);

    await page.getByTestId('remember-token').check();
    await page.goto('/');
    await expect(page.getByTestId('token-input')).toHaveValue(token);

    await page.getByTestId('remember-token').uncheck();
    expect(await page.evaluate(() => JSON.stringify(window.localStorage))).not.toContain(token);
  });

  test('fits a phone-sized screen without horizontal scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByTestId('payload-json')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

// Opens each route through the navigation and waits for its own content, so every lazy chunk loads.
// Waiting for network idle instead can hang when a worker's script request is cut off by leaving a page.
async function visitEveryRoute(page: Page) {
  const routes: [string, string][] = [
    ['nav-lifecycle', 'lifecycle-step'],
    ['nav-learn', 'question-card'],
    ['nav-debugger', 'token-input'],
  ];
  for (const [nav, content] of routes) {
    await page.getByTestId(nav).click();
    await expect(page.getByTestId(content).first()).toBeVisible();
  }
}

test.describe('privacy and security', () => {
  test('makes no request outside the page origin on any route', async ({ page, baseURL }) => {
    // Visits every route and loads each lazy chunk, which can pass 30 s on a busy 2-core machine.
    test.slow();
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
    });
    await openDebugger(page);
    await paste(page, `${header}.${payload}.c2ln`);
    await visitEveryRoute(page);
    expect(foreign).toEqual([]);
  });

  test('runs under the Content Security Policy without violations', async ({ page }) => {
    test.slow();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    await paste(page, `${header}.${payload}.c2ln`);
    await visitEveryRoute(page);
    expect(violations).toEqual([]);
  });

  test('every route works on a hard reload', async ({ page }) => {
    for (const path of ['/lifecycle', '/learn', '/']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId('lang-switch')).toBeVisible();
    }
  });
});

test.describe('accessibility', () => {
  for (const [locale, scheme] of [['en', 'light'], ['ko', 'dark']] as const) {
    test(`debugger has no serious axe violations (${locale}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openDebugger(page, locale);
      await paste(page, `Bearer ${segment({ alg: 'none', jku: 'https://keys.example.com' })}.${segment({ password: 'x', exp: 1 })}.`);
      await expect(page.getByTestId('warning').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('the token editor and panes are reachable by keyboard', async ({ page }) => {
    await openDebugger(page);
    await page.keyboard.press('Tab');
    await expect(page.getByText('Skip to content')).toBeFocused();
    const reached = new Set<string>();
    for (let press = 0; press < 25; press++) {
      await page.keyboard.press('Tab');
      const testId = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      if (testId) reached.add(testId);
    }
    expect([...reached]).toEqual(expect.arrayContaining(['lang-switch', 'token-input', 'share-link', 'header-json', 'payload-json']));
  });
});
