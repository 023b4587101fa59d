import { useId, useState } from 'react';
import type { Question } from '../content/types';
import { useLocale, useMessages } from '../../../i18n/use-messages';
import { learnMessages } from '../learn-messages';
import { RatingBar } from '../study/rating-bar';
import type { Rating } from '../study/schedule';
import { card, mutedText, primaryButton, secondaryButton } from '../ui-classes';
import { AnswerDetails } from './answer-details';

interface QuestionCardProps {
  question: Question;
  /** Extra line above the question, such as "Question 2 of 4" in the mock interview. */
  caption?: string;
  /** Rating buttons appear after the answer is revealed unless this is false. */
  rateable?: boolean;
  onRated?: (rating: Rating) => void;
  onReveal?: () => void;
}

/** One interview question: the question first, the model answer only after the learner asks for it. */
export function QuestionCard({ question, caption, rateable = true, onRated, onReveal }: QuestionCardProps) {
  const locale = useLocale();
  const messages = useMessages(learnMessages);
  const [revealed, setRevealed] = useState(false);
  const answerId = useId();

  const handleToggle = () => {
    if (!revealed) onReveal?.();
    setRevealed(!revealed);
  };

  return (
    <article
      id={`question-${question.id}`}
      className={card}
      data-testid="question-card"
      data-question-id={question.id}
      data-revealed={revealed}
    >
      <p className={`${mutedText} mb-1`}>
        {caption !== undefined && <span className="mr-2 font-medium">{caption}</span>}
        <span>
          {messages.topics[question.topic]} · {question.kind === 'main' ? messages.kind.main : messages.kind.followUp}
        </span>
      </p>
      <h3 className="text-lg font-semibold leading-snug">{question.text[locale].question}</h3>
      <button
        type="button"
        className={`mt-3 ${revealed ? secondaryButton : primaryButton}`}
        aria-expanded={revealed}
        aria-controls={answerId}
        data-testid="reveal-answer"
        onClick={handleToggle}
      >
        {revealed ? messages.card.hide : messages.card.reveal}
      </button>
      {revealed && <AnswerDetails question={question} id={answerId} />}
      {revealed && rateable && <RatingBar questionId={question.id} onRated={onRated} />}
    </article>
  );
}
