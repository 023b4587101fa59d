import { useEffect, useRef, useState } from 'react';
import { findQuestion, QUESTIONS } from '../content/questions';
import { format } from '../../../i18n/format';
import { useLocale, useMessages } from '../../../i18n/use-messages';
import { learnMessages } from '../learn-messages';
import { QuestionCard } from '../questions/question-card';
import { formatRelative } from '../relative-time';
import { mutedText, primaryButton, secondaryButton } from '../ui-classes';
import { useNow } from '../use-now';
import { useProgressStore } from './progress-store';
import { advanceQueue, buildReviewQueue, summarizeProgress, type Rating } from './schedule';

/** New cards added to one session, so a first session stays short enough to finish. */
const NEW_CARDS_PER_SESSION = 10;

const QUESTION_IDS = QUESTIONS.map((question) => question.id);

interface Session {
  queue: string[];
  /** Increases with every card shown, so a card that comes back starts unrevealed. */
  turn: number;
}

/** Flashcards in spaced review: due cards first, then new ones, and missed cards come back. */
export function ReviewPanel() {
  const locale = useLocale();
  const messages = useMessages(learnMessages).review;
  const cards = useProgressStore((state) => state.cards);
  const persisted = useProgressStore((state) => state.persisted);
  const [session, setSession] = useState<Session | null>(null);
  const sessionRef = useRef<HTMLDivElement>(null);
  const [now, refreshNow] = useNow(30_000);
  const summary = summarizeProgress(QUESTION_IDS, cards, now);

  // A rated card disappears with its buttons, so focus moves to the next card instead of the page.
  useEffect(() => {
    if (session !== null) sessionRef.current?.focus();
  }, [session]);

  const handleStart = () => {
    refreshNow();
    setSession({ queue: buildReviewQueue(QUESTION_IDS, cards, Date.now(), NEW_CARDS_PER_SESSION), turn: 0 });
  };

  const handleRated = (rating: Rating) => {
    refreshNow();
    setSession((current) => current && { queue: advanceQueue(current.queue, rating), turn: current.turn + 1 });
  };

  const currentQuestion = session?.queue[0] === undefined ? undefined : findQuestion(session.queue[0]);

  return (
    <div className="flex flex-col gap-4">
      <p className={mutedText}>{messages.intro}</p>
      <div className="flex flex-wrap items-center gap-3">
        <p className="font-medium" data-testid="review-summary" data-due={summary.due} data-new={summary.fresh}>
          {format(messages.summary, { due: summary.due, fresh: summary.fresh, learned: summary.learned })}
        </p>
        <button type="button" className={primaryButton} data-testid="review-start" onClick={handleStart}>
          {messages.start}
        </button>
        <ResetProgress />
      </div>
      {!persisted && (
        <p role="alert" className="text-sm text-amber-800 dark:text-amber-300">
          {messages.storageFailed}
        </p>
      )}
      {summary.due === 0 && summary.fresh === 0 && summary.nextDueAt !== undefined && (
        <p className={mutedText}>{format(messages.nothingDue, { when: formatRelative(summary.nextDueAt, now, locale) })}</p>
      )}
      {session !== null && (
        <div ref={sessionRef} tabIndex={-1} className="flex flex-col gap-2 outline-none" data-testid="review-session">
          {currentQuestion === undefined ? (
            <p role="status" className="font-medium">
              {messages.done}
            </p>
          ) : (
            <>
              <p className={mutedText} data-testid="review-remaining" data-remaining={session.queue.length}>
                {format(messages.progress, { remaining: session.queue.length })}
              </p>
              <QuestionCard key={`${currentQuestion.id}-${session.turn}`} question={currentQuestion} onRated={handleRated} />
            </>
          )}
        </div>
      )}
    </div>
  );
}

function ResetProgress() {
  const messages = useMessages(learnMessages).review;
  const reset = useProgressStore((state) => state.reset);
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <button type="button" className={secondaryButton} data-testid="review-reset" onClick={() => setConfirming(true)}>
        {messages.reset}
      </button>
    );
  }
  return (
    <span className="flex gap-2">
      <button
        type="button"
        className={secondaryButton}
        data-testid="review-reset-confirm"
        onClick={() => {
          reset();
          setConfirming(false);
        }}
      >
        {messages.confirmReset}
      </button>
      <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
        {messages.cancelReset}
      </button>
    </span>
  );
}
