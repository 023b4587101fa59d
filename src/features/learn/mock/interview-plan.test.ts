import { describe, expect, it } from 'vitest';
import { MAIN_QUESTIONS } from '../content/questions';
import { MAX_FOLLOW_UPS, pickMainQuestion, planInterview } from './interview-plan';

describe('pickMainQuestion', () => {
  it('maps the random number onto the main questions', () => {
    expect(pickMainQuestion(() => 0).id).toBe(MAIN_QUESTIONS[0]!.id);
    expect(pickMainQuestion(() => 0.999999).id).toBe(MAIN_QUESTIONS.at(-1)!.id);
  });

  it('never repeats the previous question', () => {
    for (const previous of MAIN_QUESTIONS) {
      for (const value of [0, 0.25, 0.5, 0.75, 0.999]) {
        expect(pickMainQuestion(() => value, previous.id).id).not.toBe(previous.id);
      }
    }
  });

  it('only picks main questions', () => {
    for (const value of [0, 0.3, 0.6, 0.9]) expect(pickMainQuestion(() => value).kind).toBe('main');
  });
});

describe('planInterview', () => {
  it.each(MAIN_QUESTIONS.map((question) => [question.id, question] as const))('%s opens with itself and its follow-ups', (_id, main) => {
    const plan = planInterview(main);
    expect(plan[0]).toBe(main);
    expect(plan.slice(1).map((question) => question.id)).toEqual(main.followUps.slice(0, MAX_FOLLOW_UPS));
  });
});
