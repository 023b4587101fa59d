import { useReducer } from 'react';
import { QUIZ_ITEMS } from '../content/quiz-items';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { learnMessages } from '../learn-messages';
import { mutedText, primaryButton, secondaryButton } from '../ui-classes';
import { QuizQuestion } from './quiz-question';
import { INITIAL_QUIZ_STATE, quizReducer, scoreQuiz } from './quiz-state';

/** The misconception quiz: one item at a time, an explanation after each answer and a running score. */
export function QuizPanel() {
  const messages = useMessages(learnMessages).quiz;
  const [state, dispatch] = useReducer(quizReducer, INITIAL_QUIZ_STATE);
  const score = scoreQuiz(QUIZ_ITEMS, state.answers);
  const item = QUIZ_ITEMS[state.index];
  const answered = item !== undefined && item.id in state.answers;
  const last = state.index === QUIZ_ITEMS.length - 1;

  return (
    <div className="flex flex-col gap-4">
      <p className={mutedText}>{messages.intro}</p>
      <div className="flex flex-wrap items-center justify-between gap-2">
        {item !== undefined && (
          <p className={mutedText} data-testid="quiz-progress" data-index={state.index + 1}>
            {format(messages.progress, { current: state.index + 1, total: QUIZ_ITEMS.length })}
          </p>
        )}
        <p
          className="font-semibold"
          data-testid="quiz-score"
          data-correct={score.correct}
          data-answered={score.answered}
          data-total={score.total}
        >
          {format(messages.score, { correct: score.correct, answered: score.answered })}
        </p>
      </div>

      {item !== undefined ? (
        <QuizQuestion
          key={item.id}
          item={item}
          chosenId={state.answers[item.id]}
          onAnswer={(optionId) => dispatch({ type: 'answer', itemId: item.id, optionId })}
          focusOnMount={state.index > 0}
        />
      ) : (
        <p role="status" className="text-lg font-semibold" data-testid="quiz-result">
          {format(messages.result, { correct: score.correct, total: score.total })}
        </p>
      )}

      <div className="flex flex-wrap gap-2">
        {answered && (
          <button type="button" className={primaryButton} data-testid="quiz-next" onClick={() => dispatch({ type: 'next' })}>
            {last ? messages.showResult : messages.next}
          </button>
        )}
        {(score.answered > 0 || item === undefined) && (
          <button type="button" className={secondaryButton} data-testid="quiz-restart" onClick={() => dispatch({ type: 'restart' })}>
            {messages.restart}
          </button>
        )}
      </div>
    </div>
  );
}
