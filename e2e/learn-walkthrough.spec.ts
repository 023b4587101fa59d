import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createHmac, createPublicKey, verify as nodeVerify, type JsonWebKey } from 'node:crypto';

// The Learn page shows each section in a tab, chosen by the `#tab=` fragment.
const SECTIONS = { walkthrough: { tab: 'build', testId: 'build-walkthrough' }, sessions: { tab: 'sessions', testId: 'sessions-vs-tokens' } };

async function openSection(page: Page, section: keyof typeof SECTIONS, locale: 'en' | 'ko' = 'en') {
  await page.addInitScript((value) => {
    if (localStorage.getItem('jwt-lab.locale') === null) localStorage.setItem('jwt-lab.locale', value);
  }, locale);
  const { tab, testId } = SECTIONS[section];
  await page.goto(`/learn#tab=${tab}`);
  await expect(page.getByTestId(testId), `the ${testId} section is not rendered on /learn#tab=${tab}`).toBeVisible({ timeout: 15_000 });
}

async function expectNoSeriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include !== undefined) builder.include(include);
  const results = await builder.analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

async function readToken(page: Page): Promise<string> {
  const token = page.getByTestId('walkthrough-token');
  await expect(token).toHaveAttribute('data-token', /^[\w-]+\.[\w-]+\.[\w-]+$/);
  return (await token.getAttribute('data-token')) as string;
}

const HEADER = '{\n  "alg": "HS256",\n  "typ": "JWT"\n}';
const PAYLOAD = '{\n  "sub": "user-77",\n  "name": "이서준",\n  "role": "editor",\n  "exp": 1893456000\n}';
const SECRET = 'e2e-walkthrough-secret-with-more-than-32-bytes';

test('walkthrough signature equals node:crypto HMAC', async ({ page, baseURL }) => {
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL as string)) foreignRequests.push(request.url());
  });
  await openSection(page, 'walkthrough');

  await page.getByTestId('walkthrough-header-input').fill(HEADER);
  await page.getByTestId('walkthrough-payload-input').fill(PAYLOAD);
  await page.getByTestId('walkthrough-secret-input').fill(SECRET);

  const signingInput = `${base64url(JSON.stringify(JSON.parse(HEADER)))}.${base64url(JSON.stringify(JSON.parse(PAYLOAD)))}`;
  const expectedSignature = createHmac('sha256', SECRET).update(signingInput).digest('base64url');

  await expect(page.getByTestId('walkthrough-signing-input')).toHaveText(signingInput);
  await expect(page.getByTestId('walkthrough-signature')).toHaveText(expectedSignature);
  expect(await readToken(page)).toBe(`${signingInput}.${expectedSignature}`);
  await expect(page.getByTestId('walkthrough-verify-original')).toHaveAttribute('data-status', 'valid');
  await expect(page.getByTestId('walkthrough-verify-tampered')).toHaveAttribute('data-status', 'invalid');
  expect(foreignRequests).toEqual([]);
});

test('walkthrough encodes text as typed when asked', async ({ page }) => {
  await openSection(page, 'walkthrough');
  await page.getByTestId('walkthrough-header-input').fill(HEADER);
  await page.getByTestId('walkthrough-payload-input').fill(PAYLOAD);
  await page.getByTestId('walkthrough-secret-input').fill(SECRET);
  await page.getByTestId('build-walkthrough').getByRole('checkbox').uncheck();

  const signingInput = `${base64url(HEADER)}.${base64url(PAYLOAD)}`;
  const expectedSignature = createHmac('sha256', SECRET).update(signingInput).digest('base64url');
  await expect(page.getByTestId('walkthrough-signature')).toHaveText(expectedSignature);
  expect(await readToken(page)).toBe(`${signingInput}.${expectedSignature}`);
});

test('walkthrough leaves out padding in a final group', async ({ page }) => {
  await openSection(page, 'walkthrough');
  // 7 bytes: two full groups and a final group of one byte, 0x7d, which becomes "fQ" (no "==").
  await page.getByTestId('walkthrough-payload-input').fill('{"a":1}');
  const groups = page.locator('button[data-piece-part="payload"][data-piece-group]');
  await expect(groups).toHaveCount(3);
  await expect(groups.nth(2)).toContainText('7d');
  await expect(groups.nth(2)).toContainText('fQ');
  expect(await readToken(page)).not.toContain('=');
});

test('walkthrough highlights a group by keyboard and hover', async ({ page }) => {
  await openSection(page, 'walkthrough');
  await readToken(page);
  const firstGroup = page.locator('button[data-piece-part="payload"][data-piece-group="0"]');
  await firstGroup.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');

  const thirdGroup = page.locator('button[data-piece-part="payload"][data-piece-group="2"]');
  await expect(thirdGroup).toBeFocused();
  const litInToken = page.getByTestId('walkthrough-token').locator('[data-piece-part="payload"][data-piece-group="2"]');
  const litInSigningInput = page.getByTestId('walkthrough-signing-input').locator('[data-piece-part="payload"][data-piece-group="2"]');
  await expect(litInToken).toHaveAttribute('data-lit', 'true');
  await expect(litInSigningInput).toHaveAttribute('data-lit', 'true');
  await expect(page.getByTestId('walkthrough-payload-input')).toHaveAttribute('data-lit', 'true');

  // Enter pins the highlight, so it stays after focus moves on; Escape clears it.
  await page.keyboard.press('Enter');
  await expect(thirdGroup).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('walkthrough-secret-input').focus();
  await expect(litInToken).toHaveAttribute('data-lit', 'true');
  await page.keyboard.press('Escape');
  await expect(litInToken).not.toHaveAttribute('data-lit');

  await page.getByTestId('walkthrough-token').locator('[data-piece-part="header"][data-piece-group="1"]').hover();
  await expect(page.locator('button[data-piece-part="header"][data-piece-group="1"]')).toHaveAttribute('data-lit', 'true');
});

test('walkthrough opens its token in the debugger without the secret', async ({ page }) => {
  await openSection(page, 'walkthrough');
  await page.getByTestId('walkthrough-secret-input').fill(SECRET);
  const token = await readToken(page);
  const link = page.getByTestId('walkthrough-open-debugger');
  const href = (await link.getAttribute('href')) as string;

  expect(href).toBe(`/#token=${token}`);
  expect(href).not.toContain(SECRET);

  await link.click();
  await expect(page).toHaveURL(/\/#token=/);
  const secretInput = page.getByTestId('secret-input');
  const debuggerReady = await secretInput.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  test.skip(!debuggerReady, 'The debugger has no secret-input yet, so its verdict cannot be compared.');

  await secretInput.fill(SECRET);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
});

test('walkthrough reproduces RFC 7515 A.1 and the debugger accepts it', async ({ page }) => {
  await openSection(page, 'walkthrough');
  await page.getByTestId('walkthrough-load-rfc-example').click();
  const rfcToken =
    'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
  expect(await readToken(page)).toBe(rfcToken);
  const key = await page.getByTestId('walkthrough-secret-input').inputValue();

  await page.getByTestId('walkthrough-open-debugger').click();
  const secretInput = page.getByTestId('secret-input');
  const debuggerReady = await secretInput.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  test.skip(!debuggerReady, 'The debugger has no secret-input yet, so its verdict cannot be compared.');

  await page.getByTestId('secret-encoding').selectOption('base64');
  await secretInput.fill(key);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid');
});

for (const [alg, dsaEncoding] of [
  ['RS256', 'der'],
  ['ES256', 'ieee-p1363'],
] as const) {
  test(`walkthrough ${alg} signature verifies with the public JWK`, async ({ page }) => {
    await openSection(page, 'walkthrough');
    await page.locator(`input[data-testid="walkthrough-alg"][value="${alg}"]`).check();
    await expect(page.getByTestId('walkthrough-header-input')).toHaveValue(new RegExp(`"alg": "${alg}"`));

    const jwkText = await page.getByTestId('walkthrough-public-jwk').innerText();
    const jwk = JSON.parse(jwkText) as JsonWebKey;
    expect(jwk).not.toHaveProperty('d');
    const token = await readToken(page);
    const [header = '', payload = '', signature = ''] = token.split('.');

    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({ alg });
    const publicKey = createPublicKey({ key: jwk, format: 'jwk' });
    const valid = nodeVerify('sha256', Buffer.from(`${header}.${payload}`), { key: publicKey, dsaEncoding }, Buffer.from(signature, 'base64url'));
    expect(valid).toBe(true);
    await expect(page.getByTestId('walkthrough-verify-original')).toHaveAttribute('data-status', 'valid');
    await expect(page.getByTestId('walkthrough-verify-tampered')).toHaveAttribute('data-status', 'invalid');
  });
}

function outcome(page: Page, side: 'session' | 'token', credential: 'user' | 'stolen' | 'forged', server: number) {
  return page.locator(`[data-testid="server-outcome"][data-side="${side}"][data-credential="${credential}"][data-server="${server}"]`);
}

test('sessions demo: logout, stolen token and a new server', async ({ page }) => {
  await openSection(page, 'sessions');
  await page.getByTestId('sessions-login').click();
  await page.getByTestId('sessions-steal').click();
  await page.getByTestId('sessions-logout').click();

  for (const server of [1, 2, 3]) {
    await expect(outcome(page, 'session', 'stolen', server)).toHaveAttribute('data-status', '401');
    await expect(outcome(page, 'token', 'stolen', server)).toHaveAttribute('data-status', '200');
  }

  await page.getByTestId('sessions-add-server').click();
  await expect(outcome(page, 'token', 'stolen', 4)).toHaveAttribute('data-reason', 'signature-valid');

  await page.getByTestId('sessions-expire').click();
  await expect(outcome(page, 'token', 'stolen', 4)).toHaveAttribute('data-reason', 'expired');
});

test('sessions demo: per-server memory loses the session elsewhere', async ({ page }) => {
  await openSection(page, 'sessions');
  await page.locator('input[data-testid="sessions-storage"][value="server-memory"]').check();
  await page.getByTestId('sessions-login').click();

  await expect(outcome(page, 'session', 'user', 1)).toHaveAttribute('data-status', '200');
  await expect(outcome(page, 'session', 'user', 2)).toHaveAttribute('data-reason', 'session-on-other-server');
  await expect(outcome(page, 'token', 'user', 2)).toHaveAttribute('data-status', '200');
});

test('sessions demo: shared secret lets one service forge', async ({ page }) => {
  await openSection(page, 'sessions');
  await page.getByTestId('sessions-compromise-target').selectOption('2');
  await page.getByTestId('sessions-compromise').click();
  for (const server of [1, 2, 3]) await expect(outcome(page, 'token', 'forged', server)).toHaveAttribute('data-reason', 'forged-accepted');

  await page.locator('input[data-testid="sessions-key-mode"][value="key-pair"]').check();
  await page.getByTestId('sessions-compromise-target').selectOption('2');
  await page.getByTestId('sessions-compromise').click();
  for (const server of [1, 2, 3]) await expect(outcome(page, 'token', 'forged', server)).toHaveAttribute('data-reason', 'bad-signature');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`walkthrough and demo pass axe in ${colorScheme} theme`, async ({ page }) => {
    // The walkthrough renders every byte and group as its own element, and axe checks the
    // contrast of each, which takes tens of seconds on a busy two-core machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await openSection(page, 'walkthrough');
    await readToken(page);
    await page.locator('button[data-piece-part="payload"][data-piece-group="1"]').focus();
    const started = Date.now();
    await expectNoSeriousViolations(page, '[data-testid="build-walkthrough"]');
    test.info().annotations.push({ type: 'axe duration', description: `${Date.now() - started} ms for the walkthrough` });

    await openSection(page, 'sessions');
    await page.getByTestId('sessions-login').click();
    await page.getByTestId('sessions-steal').click();
    await page.getByTestId('sessions-compromise').click();
    await expectNoSeriousViolations(page, '[data-testid="sessions-vs-tokens"]');
  });
}

test('walkthrough and demo fit a phone screen in Korean', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const section of ['walkthrough', 'sessions'] as const) {
    await openSection(page, section, 'ko');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${section} is wider than the screen`).toBeLessThanOrEqual(0);
  }
  await expectNoSeriousViolations(page);
});
