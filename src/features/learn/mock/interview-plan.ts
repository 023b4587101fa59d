import { findQuestion, MAIN_QUESTIONS } from '../content/questions';
import type { Question } from '../content/types';

/** Follow-ups asked after the main question; a one-minute answer each keeps a round near five minutes. */
export const MAX_FOLLOW_UPS = 3;

/**
 * Picks a main question at random, never `previousId` when another exists, so "another question"
 * always changes the question. `random` returns a number in [0, 1), like Math.random.
 */
export function pickMainQuestion(random: () => number, previousId?: string): Question {
  const candidates = MAIN_QUESTIONS.filter((question) => question.id !== previousId);
  const pool = candidates.length > 0 ? candidates : MAIN_QUESTIONS;
  const index = Math.min(pool.length - 1, Math.floor(random() * pool.length));
  return pool[index]!;
}

/** Returns the questions of one interview round: the main question, then its follow-ups in order. */
export function planInterview(main: Question): Question[] {
  const followUps = main.followUps
    .map((id) => findQuestion(id))
    .filter((question): question is Question => question !== undefined)
    .slice(0, MAX_FOLLOW_UPS);
  return [main, ...followUps];
}
