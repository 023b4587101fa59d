import { describe, expect, it } from 'vitest';
import { QUIZ_ITEMS } from '../content/quiz-items';
import { INITIAL_QUIZ_STATE, quizReducer, scoreQuiz, type QuizState } from './quiz-state';

function optionId(itemIndex: number, correct: boolean): { itemId: string; optionId: string } {
  const item = QUIZ_ITEMS[itemIndex]!;
  const option = item.options.find((candidate) => candidate.correct === correct)!;
  return { itemId: item.id, optionId: option.id };
}

function answer(state: QuizState, itemIndex: number, correct: boolean): QuizState {
  return quizReducer(state, { type: 'answer', ...optionId(itemIndex, correct) });
}

describe('quizReducer', () => {
  it('records an answer once', () => {
    const first = answer(INITIAL_QUIZ_STATE, 0, false);
    const second = answer(first, 0, true);
    expect(second).toBe(first);
    expect(second.answers[QUIZ_ITEMS[0]!.id]).toBe(optionId(0, false).optionId);
  });

  it('moves to the next item and restarts', () => {
    const moved = quizReducer(quizReducer(INITIAL_QUIZ_STATE, { type: 'next' }), { type: 'next' });
    expect(moved.index).toBe(2);
    expect(quizReducer(answer(moved, 2, true), { type: 'restart' })).toEqual(INITIAL_QUIZ_STATE);
  });
});

describe('scoreQuiz', () => {
  it('starts at zero of the full length', () => {
    expect(scoreQuiz(QUIZ_ITEMS, {})).toEqual({ correct: 0, answered: 0, total: QUIZ_ITEMS.length });
  });

  it('counts correct and wrong answers', () => {
    let state = answer(INITIAL_QUIZ_STATE, 0, true);
    state = answer(state, 1, false);
    state = answer(state, 2, true);
    expect(scoreQuiz(QUIZ_ITEMS, state.answers)).toEqual({ correct: 2, answered: 3, total: QUIZ_ITEMS.length });
  });

  it('ignores answers to unknown items', () => {
    expect(scoreQuiz(QUIZ_ITEMS, { 'no-such-item': 'a' }).answered).toBe(0);
  });
});
