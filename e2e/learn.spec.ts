import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PREPARED_TOKENS } from '../src/features/learn/content/prepared-tokens';
import { QUESTIONS } from '../src/features/learn/content/questions';
import { QUIZ_ITEMS } from '../src/features/learn/content/quiz-items';
import type { QuizItem } from '../src/features/learn/content/types';

const PROGRESS_KEY = 'jwt-lab.learn.progress.v1';

function correctOption(item: QuizItem) {
  return item.options.find((option) => option.correct)!;
}

function wrongOption(item: QuizItem) {
  return item.options.find((option) => !option.correct)!;
}

async function openLearn(page: Page, tab: string, locale: 'en' | 'ko' = 'en') {
  await page.addInitScript((value) => {
    if (localStorage.getItem('jwt-lab.locale') === null) localStorage.setItem('jwt-lab.locale', value);
  }, locale);
  await page.goto(`/learn#tab=${tab}`);
  await expect(page.getByTestId(`learn-panel-${tab}`)).toBeVisible();
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('reveals a model answer with key points and links', async ({ page }) => {
  await openLearn(page, 'questions');
  const question = QUESTIONS[0]!;
  const card = page.locator(`[data-testid="question-card"][data-question-id="${question.id}"]`);

  await expect(card.locator('h3')).toHaveText(question.text.en.question);
  await expect(card.getByTestId('model-answer')).toHaveCount(0);
  await card.getByTestId('reveal-answer').click();

  await expect(card).toHaveAttribute('data-revealed', 'true');
  await expect(card.getByTestId('reveal-answer')).toHaveAttribute('aria-expanded', 'true');
  expect(await card.getByTestId('model-answer-text').innerText()).toBe(question.text.en.answer);
  await expect(card.getByText(question.text.en.keyPoints[0]!)).toBeVisible();
  await expect(card.getByText(question.text.en.mistakes[0]!.fact)).toBeVisible();
});

test('links answers to prepared tokens and lifecycle steps', async ({ page }) => {
  await openLearn(page, 'questions');
  const card = page.locator('[data-testid="question-card"][data-question-id="alg-none"]');
  await card.getByTestId('reveal-answer').click();
  await expect(card.getByTestId('learn-app-link').first()).toHaveAttribute('href', `/#token=${PREPARED_TOKENS.algNone}`);

  const logout = page.locator('[data-testid="question-card"][data-question-id="logout"]');
  await logout.getByTestId('reveal-answer').click();
  await expect(logout.getByTestId('learn-app-link').first()).toHaveAttribute('href', '/lifecycle#step=8');

  await logout.getByTestId('learn-app-link').first().click();
  await expect(page).toHaveURL(/\/lifecycle#step=8$/);
});

test('shows questions and answers in Korean', async ({ page }) => {
  await openLearn(page, 'questions', 'ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const question = QUESTIONS.find((candidate) => candidate.id === 'logout')!;
  const card = page.locator(`[data-testid="question-card"][data-question-id="${question.id}"]`);
  await expect(card.locator('h3')).toHaveText(question.text.ko.question);
  await card.getByTestId('reveal-answer').click();
  expect(await card.getByTestId('model-answer-text').innerText()).toBe(question.text.ko.answer);
});

test('scores quiz answers and keeps them across a language switch', async ({ page }) => {
  await openLearn(page, 'quiz');
  const score = page.getByTestId('quiz-score');
  await expect(score).toHaveAttribute('data-answered', '0');
  const options = page.getByTestId('quiz-option');
  await expect(options.first()).not.toHaveAttribute('data-correct', /.*/);

  const first = QUIZ_ITEMS[0]!;
  await options.filter({ hasText: correctOption(first).text.en }).click();
  await expect(score).toHaveAttribute('data-correct', '1');
  await expect(score).toHaveAttribute('data-answered', '1');
  await expect(page.locator(`[data-option-id="${correctOption(first).id}"]`)).toHaveAttribute('data-correct', 'true');
  await expect(page.locator(`[data-option-id="${wrongOption(first).id}"]`)).toHaveAttribute('data-correct', 'false');
  expect(await page.getByTestId('quiz-explanation').innerText()).toContain(first.text.en.explanation);

  await page.getByTestId('quiz-next').click();
  const second = QUIZ_ITEMS[1]!;
  await expect(page.getByTestId('quiz-item')).toHaveAttribute('data-item-id', second.id);
  await expect(page.getByTestId('quiz-item').locator('h3')).toBeFocused();
  await expect(options.first()).not.toHaveAttribute('data-correct', /.*/);
  await options.filter({ hasText: wrongOption(second).text.en }).click();
  await expect(score).toHaveAttribute('data-correct', '1');
  await expect(score).toHaveAttribute('data-answered', '2');

  await page.getByTestId('lang-switch').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(score).toHaveAttribute('data-answered', '2');
  await expect(score).toHaveText('점수: 2문제 중 1개 정답');
  await expect(page.getByTestId('quiz-item').locator('h3')).toHaveText(second.text.ko.prompt);
  await expect(page.locator(`[data-option-id="${wrongOption(second).id}"]`)).toHaveAttribute('data-chosen', 'true');

  await page.getByTestId('quiz-next').click();
  const third = QUIZ_ITEMS[2]!;
  await options.filter({ hasText: correctOption(third).text.ko }).click();
  await expect(score).toHaveAttribute('data-correct', '2');
  await expect(score).toHaveAttribute('data-answered', '3');
  expect(await page.getByTestId('quiz-explanation').innerText()).toContain(third.text.ko.explanation);
});

test('keeps quiz answers when switching tabs', async ({ page }) => {
  await openLearn(page, 'quiz');
  await page.getByTestId('quiz-option').filter({ hasText: correctOption(QUIZ_ITEMS[0]!).text.en }).click();
  await page.getByTestId('learn-tab-questions').click();
  await page.getByTestId('learn-tab-quiz').click();
  await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-correct', '1');
});

test('brings a missed card back and stores progress', async ({ page }) => {
  await openLearn(page, 'review');
  const total = QUESTIONS.length;
  await expect(page.getByTestId('review-summary')).toHaveAttribute('data-new', String(total));
  await page.getByTestId('review-start').click();

  const remaining = page.getByTestId('review-remaining');
  await expect(remaining).toHaveAttribute('data-remaining', '10');
  const session = page.getByTestId('review-session');
  const firstId = await session.getByTestId('question-card').getAttribute('data-question-id');
  await session.getByTestId('reveal-answer').click();
  await session.locator('[data-testid="rate-card"][data-rating="again"]').click();

  // A missed card stays in the session: the count does not drop and it returns after three others.
  await expect(remaining).toHaveAttribute('data-remaining', '10');
  for (let index = 0; index < 3; index += 1) {
    const card = session.getByTestId('question-card');
    await expect(card).not.toHaveAttribute('data-question-id', firstId!);
    await card.getByTestId('reveal-answer').click();
    await session.locator('[data-testid="rate-card"][data-rating="good"]').click();
  }
  await expect(session.getByTestId('question-card')).toHaveAttribute('data-question-id', firstId!);
  await expect(remaining).toHaveAttribute('data-remaining', '7');

  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), PROGRESS_KEY);
  expect(stored.cards[firstId!].box).toBe(0);
  expect(stored.cards[firstId!].lastRating).toBe('again');
  expect(Object.keys(stored.cards)).toHaveLength(4);

  await page.reload();
  await expect(page.getByTestId('review-summary')).toHaveAttribute('data-new', String(total - 4));
});

test('runs a timed mock interview through its follow-ups', async ({ page }) => {
  await openLearn(page, 'mock');
  await page.getByTestId('mock-start').click();
  const round = page.getByTestId('mock-round');
  await expect(round).toHaveAttribute('data-step', '1');
  const steps = Number(await round.getAttribute('data-steps'));
  expect(steps).toBeGreaterThanOrEqual(3);

  const mainId = await round.getByTestId('question-card').getAttribute('data-question-id');
  expect(QUESTIONS.find((question) => question.id === mainId)?.kind).toBe('main');
  const timer = page.getByTestId('mock-timer');
  await expect(timer).toHaveAttribute('data-running', 'true');
  await expect(timer).not.toHaveAttribute('data-seconds', '0', { timeout: 3000 });

  await round.getByTestId('reveal-answer').click();
  await expect(timer).toHaveAttribute('data-running', 'false');
  for (let step = 2; step <= steps; step += 1) {
    await page.getByTestId('mock-next').click();
    await expect(round).toHaveAttribute('data-step', String(step));
    await expect(page.getByTestId('mock-next')).toBeFocused();
    await expect(round.getByTestId('question-card')).toHaveAttribute('data-question-id', /.+/);
  }
  await page.getByTestId('mock-next').click();
  await expect(page.getByTestId('mock-summary').locator('li')).toHaveCount(steps);
});

test('moves between tabs with the arrow keys', async ({ page }) => {
  await openLearn(page, 'questions');
  await page.getByTestId('learn-tab-questions').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('learn-tab-review')).toBeFocused();
  await expect(page.getByTestId('learn-panel-review')).toBeVisible();
  await expect(page.getByTestId('learn-panel-questions')).toBeHidden();
  await page.keyboard.press('End');
  await expect(page.getByTestId('learn-tab-sessions')).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/#tab=sessions$/);
  await expect(page.getByTestId('learn-panel-sessions').getByTestId('sessions-vs-tokens')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('learn-panel-build').getByTestId('build-walkthrough')).toBeVisible();
});

test('filters the question bank by topic', async ({ page }) => {
  await openLearn(page, 'questions');
  const cards = page.getByTestId('learn-panel-questions').getByTestId('question-card');
  await expect(cards).toHaveCount(QUESTIONS.length);
  await page.getByTestId('question-topic').selectOption('storage');
  const storageIds = QUESTIONS.filter((question) => question.topic === 'storage').map((question) => question.id);
  await expect(cards).toHaveCount(storageIds.length);
  for (const id of storageIds) await expect(page.locator(`[data-question-id="${id}"]`)).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`has no serious accessibility violations in the ${theme} theme`, async ({ page }) => {
    // Four axe scans of the long question list can take more than the default 30 s.
    test.setTimeout(90_000);
    await page.addInitScript((value) => localStorage.setItem('jwt-lab.theme', value), theme);
    await openLearn(page, 'questions');
    await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark).*$/);
    await page.locator('[data-testid="question-card"]').first().getByTestId('reveal-answer').click();
    await page.locator('[data-testid="rate-card"][data-rating="hard"]').first().click();
    await expectNoSeriousViolations(page);

    await page.getByTestId('learn-tab-quiz').click();
    await page.getByTestId('quiz-option').filter({ hasText: wrongOption(QUIZ_ITEMS[0]!).text.en }).click();
    await expectNoSeriousViolations(page);

    await page.getByTestId('learn-tab-review').click();
    await page.getByTestId('review-start').click();
    await expectNoSeriousViolations(page);

    await page.getByTestId('learn-tab-mock').click();
    await page.getByTestId('mock-start').click();
    await page.getByTestId('mock-round').getByTestId('reveal-answer').click();
    await expectNoSeriousViolations(page);
  });
}

test('fits a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const tab of ['questions', 'quiz', 'review', 'mock']) {
    await openLearn(page, tab);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, tab).toBeLessThanOrEqual(0);
  }
});
