import type { QuizItem } from '../content/types';

/** Progress through the quiz: which item is shown and the option chosen for each answered item. */
export interface QuizState {
  index: number;
  answers: Readonly<Record<string, string>>;
}

export type QuizAction =
  | { type: 'answer'; itemId: string; optionId: string }
  | { type: 'next' }
  | { type: 'restart' };

export const INITIAL_QUIZ_STATE: QuizState = { index: 0, answers: {} };

/** Applies an action. An item keeps its first answer, so the score cannot be raised by retrying. */
export function quizReducer(state: QuizState, action: QuizAction): QuizState {
  switch (action.type) {
    case 'answer':
      if (action.itemId in state.answers) return state;
      return { ...state, answers: { ...state.answers, [action.itemId]: action.optionId } };
    case 'next':
      return { ...state, index: state.index + 1 };
    case 'restart':
      return INITIAL_QUIZ_STATE;
  }
}

export interface QuizScore {
  correct: number;
  answered: number;
  total: number;
}

export function scoreQuiz(items: readonly QuizItem[], answers: QuizState['answers']): QuizScore {
  let correct = 0;
  let answered = 0;
  for (const item of items) {
    const chosen = answers[item.id];
    if (chosen === undefined) continue;
    answered += 1;
    if (item.options.some((option) => option.id === chosen && option.correct)) correct += 1;
  }
  return { correct, answered, total: items.length };
}
