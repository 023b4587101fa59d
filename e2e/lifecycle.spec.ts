import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const step = (page: Page) => page.getByTestId('lifecycle-step');
const requests = (page: Page) => page.getByTestId('lifecycle-request');

async function statuses(page: Page): Promise<string[]> {
  return requests(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-status') ?? ''));
}

async function paths(page: Page): Promise<string[]> {
  return requests(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-path') ?? ''));
}

async function openLifecycle(page: Page, fragment = '') {
  await page.goto(`/lifecycle${fragment}`);
  await expect(step(page)).toBeVisible();
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('lifecycle page', () => {
  test('plays all eight steps with the sheet statuses', async ({ page }) => {
    await openLifecycle(page);
    await expect(step(page)).toHaveAttribute('data-step', '1');

    const expected: [number, string[]][] = [
      [1, ['pending']],
      [2, ['200']],
      [3, ['200', 'pending']],
      [4, ['200', '200']],
      [5, ['200', '200', '401']],
      [6, ['200', '200', '401', '200', '200']],
      [7, ['200', '200', '401', '200', '200', '401', '400', '200']],
      [8, ['200', '200', '401', '200', '200', '401', '400', '200', '204']],
    ];
    for (const [number, codes] of expected) {
      if (number > 1) await page.getByTestId('lifecycle-next').click();
      await expect(step(page)).toHaveAttribute('data-step', String(number));
      await expect.poll(() => statuses(page)).toEqual(codes);
    }

    expect(await paths(page)).toEqual([
      '/auth/login',
      '/api/me',
      '/api/me',
      '/auth/refresh',
      '/api/me',
      '/api/me',
      '/auth/refresh',
      '/auth/login',
      '/auth/logout',
    ]);
    await expect(page.getByTestId('lifecycle-next')).toBeDisabled();
    await expect(page).toHaveURL(/#step=8$/);
  });

  test('shows the 401 challenge in the exchange details', async ({ page }) => {
    await openLifecycle(page, '#step=5');
    await requests(page).nth(2).click();

    const details = page.getByTestId('lifecycle-exchange');
    await expect(details).toHaveAttribute('data-status', '401');
    await expect(details).toContainText('WWW-Authenticate: Bearer realm="api", error="invalid_token"');
    await expect(details).toContainText('Authorization: Bearer ey');
  });

  test('opens an expired access token in the debugger', async ({ page }) => {
    await openLifecycle(page, '#step=5');
    const chip = page.locator('[data-testid="lifecycle-token"][data-kind="access"][data-label="AT1"]').first();
    await expect(chip).toHaveAttribute('data-expired', 'true');
    const href = (await chip.getAttribute('href')) ?? '';
    const token = href.replace('/#token=', '');
    expect(token.split('.')).toHaveLength(3);

    await chip.click();
    await expect(page).toHaveURL(/\/#token=/);
    await expect(page.getByTestId('token-input')).toHaveValue(token);
    await expect(page.locator('[data-testid="warnings"] [data-code="expired"]')).toBeVisible();
  });

  test('opens the token issued at re-login as still valid', async ({ page }) => {
    await openLifecycle(page, '#step=7');
    const chip = page.locator('[data-testid="lifecycle-token"][data-kind="access"][data-label="AT3"]').first();
    await expect(chip).toHaveAttribute('data-expired', 'false');
    const token = ((await chip.getAttribute('href')) ?? '').replace('/#token=', '');

    await chip.click();
    await expect(page.getByTestId('token-input')).toHaveValue(token);
    await expect(page.getByTestId('payload-json')).toContainText('"jti"');
    await expect(page.locator('[data-testid="warnings"] [data-code="expired"]')).toHaveCount(0);
  });

  test('shows a refresh token value and why only its hash is kept', async ({ page }) => {
    await openLifecycle(page, '#step=3');
    const chip = page.locator('[data-testid="lifecycle-token"][data-kind="refresh"]').first();
    await chip.click();

    await expect(chip).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('refresh-token-value').first()).toHaveText(/^[A-Za-z0-9_-]{43}$/);
    await expect(page.getByTestId('store-row')).toHaveCount(1);
    await expect(page.getByTestId('store-row').first()).toHaveAttribute('data-status', 'active');
  });

  test('compares XSS in local storage and cookie mode', async ({ page }) => {
    await openLifecycle(page, '#step=3');
    await page.getByTestId('lifecycle-xss').click();
    await expect(page.locator('[data-testid="xss-exposed"][data-source="local-storage"]')).toHaveCount(2);

    await page.getByTestId('storage-http-only-cookie').check();
    await expect(step(page)).toHaveAttribute('data-step', '3');
    await expect(page.locator('[data-testid="xss-exposed"][data-source="memory"]')).toHaveCount(1);
    await expect(page.getByTestId('xss-hidden')).toHaveCount(1);
    await expect(page.locator('[data-testid="xss-exposed"][data-source="local-storage"]')).toHaveCount(0);
  });

  test('steps back and forward from a deep link', async ({ page }) => {
    await openLifecycle(page, '#step=5');
    await expect(step(page)).toHaveAttribute('data-step', '5');
    const clockAtFive = await page.getByTestId('lifecycle-clock').getAttribute('data-time');

    await page.getByTestId('lifecycle-prev').click();
    await expect(step(page)).toHaveAttribute('data-step', '4');
    await expect(page).toHaveURL(/#step=4$/);
    expect(Number(await page.getByTestId('lifecycle-clock').getAttribute('data-time'))).toBeLessThan(Number(clockAtFive));

    await page.getByTestId('lifecycle-next').click();
    await expect(step(page)).toHaveAttribute('data-step', '5');
    await expect(page.getByTestId('lifecycle-clock')).toHaveAttribute('data-time', clockAtFive ?? '');
  });

  test('plays on its own and pauses', async ({ page }) => {
    await openLifecycle(page);
    await page.getByTestId('lifecycle-speed').selectOption('86400');
    await page.getByTestId('lifecycle-play').click();
    await expect(step(page)).toHaveAttribute('data-step', '6', { timeout: 10_000 });

    await page.getByTestId('lifecycle-play').click();
    await expect(page.getByTestId('lifecycle-play')).toHaveAttribute('data-playing', 'false');
    const paused = await page.getByTestId('lifecycle-clock').getAttribute('data-time');
    await page.waitForTimeout(400);
    await expect(page.getByTestId('lifecycle-clock')).toHaveAttribute('data-time', paused ?? '');
  });

  test('works from the keyboard', async ({ page }) => {
    await openLifecycle(page);
    await page.getByTestId('lifecycle-next').focus();
    await page.keyboard.press('Enter');
    await expect(step(page)).toHaveAttribute('data-step', '2');
    await page.keyboard.press('Space');
    await expect(step(page)).toHaveAttribute('data-step', '3');

    await page.getByTestId('lifecycle-prev').focus();
    await page.keyboard.press('Enter');
    await expect(step(page)).toHaveAttribute('data-step', '2');
  });

  test('answers a prediction with the real status', async ({ page }) => {
    await openLifecycle(page, '#step=4');
    const ahead = page.locator('[data-testid="lifecycle-prediction"][data-step="5"]');
    await ahead.getByRole('button', { name: '200' }).click();
    await page.getByTestId('lifecycle-next').click();

    const revealed = page.locator('[data-testid="lifecycle-prediction"][data-step="5"]');
    await expect(revealed).toHaveAttribute('data-answer', '401');
    await expect(revealed.getByRole('status')).toContainText('401');
  });

  test('runs the rotation branch to a revoked family', async ({ page }) => {
    await openLifecycle(page, '#scenario=rotation&step=1');
    for (let number = 2; number <= 4; number += 1) await page.getByTestId('lifecycle-next').click();
    await expect(step(page)).toHaveAttribute('data-step', '4');

    const replay = requests(page).last();
    await expect(replay).toHaveAttribute('data-from', 'attacker');
    await expect(replay).toHaveAttribute('data-status', '400');
    await expect(page.locator('[data-testid="store-row"][data-status="revoked"]')).toHaveCount(2);
  });

  test('lets a copied access token through after logout', async ({ page }) => {
    await page.goto('/lifecycle');
    await page.getByTestId('scenario-logout').click();
    await expect(step(page)).toHaveAttribute('data-scenario', 'logout');
    for (let number = 2; number <= 4; number += 1) await page.getByTestId('lifecycle-next').click();
    await expect(step(page)).toHaveAttribute('data-step', '4');

    await expect(requests(page).last()).toHaveAttribute('data-from', 'attacker');
    await expect(requests(page).last()).toHaveAttribute('data-status', '200');
    await page.getByTestId('lifecycle-next').click();
    await expect(requests(page).last()).toHaveAttribute('data-status', '401');
  });

  test('rejects the copy at once with a denylist', async ({ page }) => {
    await openLifecycle(page, '#scenario=logout&step=4');
    await expect(requests(page).last()).toHaveAttribute('data-status', '200');

    await page.getByTestId('setting-denylist').check();
    await expect(requests(page).last()).toHaveAttribute('data-status', '401');
    await expect(step(page)).toHaveAttribute('data-step', '4');
  });

  test('fixes the settings the short flow needs', async ({ page }) => {
    await openLifecycle(page, '#scenario=how-jwt&step=3');
    await expect(page.getByTestId('storage-local-storage')).toBeChecked();
    await expect(page.getByTestId('storage-local-storage')).toBeDisabled();
    await expect(page.getByTestId('setting-rotation')).toBeDisabled();
  });

  test('plays the seven-step JWT flow', async ({ page }) => {
    await openLifecycle(page, '#scenario=how-jwt&step=7');
    await expect(step(page)).toHaveAttribute('data-step', '7');
    await expect.poll(() => statuses(page)).toEqual(['200', '200']);
    await expect(page.locator('[data-testid="diagram-lane"]')).toHaveCount(3);
  });

  test('switches the narration to Korean', async ({ page }) => {
    await openLifecycle(page, '#step=5');
    const englishTitle = await step(page).locator('h2').innerText();
    await page.getByTestId('lang-switch').selectOption('ko');

    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(step(page).locator('h2')).not.toHaveText(englishTitle);
    await expect(step(page)).toContainText('401');
    await expect(step(page)).toHaveAttribute('data-step', '5');
  });

  test('animates messages unless motion is reduced', async ({ page }) => {
    await openLifecycle(page);
    await page.getByTestId('lifecycle-next').click();
    await expect(step(page)).toHaveAttribute('data-step', '2');
    expect(await page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0);
  });

  test('plays every step with reduced motion and no animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openLifecycle(page);
    for (let number = 2; number <= 8; number += 1) {
      await page.getByTestId('lifecycle-next').click();
      await expect(step(page)).toHaveAttribute('data-step', String(number));
      expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    }
    await expect.poll(() => statuses(page)).toEqual(['200', '200', '401', '200', '200', '401', '400', '200', '204']);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no serious axe violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await openLifecycle(page, '#step=6');
      await page.getByTestId('lifecycle-xss').click();
      await requests(page).first().click();
      await page.locator('[data-testid="lifecycle-token"][data-kind="refresh"]').first().click();
      await expectNoSeriousViolations(page);
    });
  }

  test('fits a phone screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openLifecycle(page, '#scenario=rotation&step=4');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousViolations(page);
  });
});
