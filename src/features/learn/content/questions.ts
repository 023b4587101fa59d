import { ARCHITECTURE_QUESTIONS } from './questions-architecture';
import { BASICS_QUESTIONS } from './questions-basics';
import { LIFECYCLE_QUESTIONS } from './questions-lifecycle';
import { SECURITY_QUESTIONS } from './questions-security';
import { STORAGE_QUESTIONS } from './questions-storage';
import { STRUCTURE_QUESTIONS } from './questions-structure';
import type { Question } from './types';

/** The whole question bank, grouped by topic in the order a study session usually follows. */
export const QUESTIONS: readonly Question[] = [
  ...BASICS_QUESTIONS,
  ...STRUCTURE_QUESTIONS,
  ...LIFECYCLE_QUESTIONS,
  ...SECURITY_QUESTIONS,
  ...STORAGE_QUESTIONS,
  ...ARCHITECTURE_QUESTIONS,
];

const QUESTIONS_BY_ID = new Map(QUESTIONS.map((question) => [question.id, question]));

/** Returns the question with this id, or undefined for an id that is not in the bank. */
export function findQuestion(id: string): Question | undefined {
  return QUESTIONS_BY_ID.get(id);
}

export const MAIN_QUESTIONS: readonly Question[] = QUESTIONS.filter((question) => question.kind === 'main');
