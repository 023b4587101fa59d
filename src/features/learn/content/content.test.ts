import { describe, expect, it } from 'vitest';
import { findCatalogMismatches } from '../../../i18n/parity';
import { PREPARED_TOKENS } from './prepared-tokens';
import { MAIN_QUESTIONS, QUESTIONS } from './questions';
import { QUIZ_ITEMS } from './quiz-items';
import { TOPICS, type AppLink } from './types';

const HANGUL = /[\uac00-\ud7a3]/;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function checkLink(link: AppLink): string | undefined {
  if (link.kind === 'debugger') return link.token in PREPARED_TOKENS ? undefined : `unknown token ${link.token}`;
  return Number.isInteger(link.step) && link.step >= 1 && link.step <= 8 ? undefined : `step ${link.step} outside 1..8`;
}

describe('question bank', () => {
  it('has at least 30 questions', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(30);
  });

  it('has unique ids', () => {
    const ids = QUESTIONS.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(QUESTIONS.map((question) => [question.id, question] as const))('%s has the same shape in both languages', (_id, question) => {
    expect(findCatalogMismatches(question.text.en, question.text.ko)).toEqual([]);
  });

  it.each(QUESTIONS.map((question) => [question.id, question] as const))('%s has Korean text in ko and none in en', (_id, question) => {
    const { en, ko } = question.text;
    for (const text of [en.question, en.answer, ...en.keyPoints]) expect(text).not.toMatch(HANGUL);
    for (const text of [ko.question, ko.answer, ...ko.keyPoints]) expect(text).toMatch(HANGUL);
  });

  it.each(QUESTIONS.map((question) => [question.id, question] as const))('%s has key points and a myth', (_id, question) => {
    expect(question.text.en.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(question.text.en.mistakes.length).toBeGreaterThanOrEqual(1);
  });

  // A minute of speech is an estimated 130 to 160 English words or 350 to 550 Korean characters;
  // the bounds leave some room on either side.
  it.each(QUESTIONS.map((question) => [question.id, question] as const))('%s answer fits about a minute', (_id, question) => {
    const words = wordCount(question.text.en.answer);
    expect(words).toBeGreaterThanOrEqual(110);
    expect(words).toBeLessThanOrEqual(185);
    const koreanLength = question.text.ko.answer.length;
    expect(koreanLength).toBeGreaterThanOrEqual(300);
    expect(koreanLength).toBeLessThanOrEqual(650);
  });

  it('links only to prepared tokens and lifecycle steps 1 to 8', () => {
    const problems = QUESTIONS.flatMap((question) => question.links.map(checkLink).filter(Boolean).map((problem) => `${question.id}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('gives every question at least one link', () => {
    expect(QUESTIONS.filter((question) => question.links.length === 0).map((question) => question.id)).toEqual([]);
  });

  it('names only existing follow-ups, never itself', () => {
    const ids = new Set(QUESTIONS.map((question) => question.id));
    const problems = QUESTIONS.flatMap((question) =>
      question.followUps.filter((id) => !ids.has(id) || id === question.id).map((id) => `${question.id} -> ${id}`),
    );
    expect(problems).toEqual([]);
  });

  it('opens every main question with follow-ups', () => {
    expect(MAIN_QUESTIONS.length).toBeGreaterThanOrEqual(8);
    for (const question of MAIN_QUESTIONS) expect(question.followUps.length, question.id).toBeGreaterThanOrEqual(2);
  });

  it('reaches every follow-up from some question', () => {
    const reachable = new Set(QUESTIONS.flatMap((question) => question.followUps));
    const orphans = QUESTIONS.filter((question) => question.kind === 'follow-up' && !reachable.has(question.id));
    expect(orphans.map((question) => question.id)).toEqual([]);
  });

  it('covers every topic', () => {
    for (const topic of TOPICS) expect(QUESTIONS.some((question) => question.topic === topic), topic).toBe(true);
  });
});

describe('quiz items', () => {
  it('has at least 20 items', () => {
    expect(QUIZ_ITEMS.length).toBeGreaterThanOrEqual(20);
  });

  it('has unique item ids', () => {
    const ids = QUIZ_ITEMS.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(QUIZ_ITEMS.map((item) => [item.id, item] as const))('%s has exactly one correct option', (_id, item) => {
    expect(item.options.filter((option) => option.correct)).toHaveLength(1);
  });

  it.each(QUIZ_ITEMS.map((item) => [item.id, item] as const))('%s has unique options in both languages', (_id, item) => {
    expect(item.options.length).toBeGreaterThanOrEqual(3);
    expect(new Set(item.options.map((option) => option.id)).size).toBe(item.options.length);
    expect(new Set(item.options.map((option) => option.text.en)).size).toBe(item.options.length);
    expect(new Set(item.options.map((option) => option.text.ko)).size).toBe(item.options.length);
    for (const option of item.options) expect(findCatalogMismatches(option.text.en, option.text.ko)).toEqual([]);
  });

  it.each(QUIZ_ITEMS.map((item) => [item.id, item] as const))('%s has prompt and explanation in both languages', (_id, item) => {
    expect(findCatalogMismatches(item.text.en, item.text.ko)).toEqual([]);
    expect(item.text.ko.prompt).toMatch(HANGUL);
    expect(item.text.ko.explanation).toMatch(HANGUL);
    expect(item.text.en.prompt).not.toMatch(HANGUL);
    expect(item.text.en.explanation).not.toMatch(HANGUL);
  });

  it('does not put the correct answer in one position', () => {
    const positions = new Set(QUIZ_ITEMS.map((item) => item.options.findIndex((option) => option.correct)));
    expect(positions.size).toBeGreaterThanOrEqual(4);
  });

  it('links only to prepared tokens and lifecycle steps 1 to 8', () => {
    const problems = QUIZ_ITEMS.flatMap((item) => (item.link ? [checkLink(item.link)].filter(Boolean) : []));
    expect(problems).toEqual([]);
  });
});
