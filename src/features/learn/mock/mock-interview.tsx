import { useState } from 'react';
import type { Question } from '../content/types';
import { format } from '../../../i18n/format';
import { useLocale, useMessages } from '../../../i18n/use-messages';
import { learnMessages } from '../learn-messages';
import { QuestionCard } from '../questions/question-card';
import { formatDuration } from '../relative-time';
import { mutedText, primaryButton, secondaryButton } from '../ui-classes';
import { AnswerTimer, useElapsedSeconds } from './answer-timer';
import { pickMainQuestion, planInterview } from './interview-plan';

interface Round {
  /** Identifies the round, so starting a new one resets the view even with the same main question. */
  id: number;
  plan: Question[];
  index: number;
  /** Epoch milliseconds when the current question appeared. */
  startedAt: number;
  /** When the current answer was revealed, which stops its timer. */
  revealedAt?: number;
  /** Seconds spent on each finished question, in plan order. */
  seconds: number[];
  finished: boolean;
}

function startRound(previousId?: string): Round {
  const plan = planInterview(pickMainQuestion(Math.random, previousId));
  const now = Date.now();
  return { id: now, plan, index: 0, startedAt: now, seconds: [], finished: false };
}

/** A mock interview: a random main question, then its follow-ups, each timed until the answer is revealed. */
export function MockInterview() {
  const messages = useMessages(learnMessages).mock;
  const [round, setRound] = useState<Round | null>(null);

  return (
    <div className="flex flex-col gap-4">
      <p className={mutedText}>{messages.intro}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={primaryButton} data-testid="mock-start" onClick={() => setRound(startRound(round?.plan[0]?.id))}>
          {round === null ? messages.start : messages.another}
        </button>
      </div>
      {round !== null && !round.finished && <RoundView key={round.id} round={round} onChange={setRound} />}
      {round !== null && round.finished && <RoundSummary round={round} onRestart={() => setRound(startRound(round.plan[0]?.id))} />}
    </div>
  );
}

function RoundView({ round, onChange }: { round: Round; onChange: (round: Round) => void }) {
  const messages = useMessages(learnMessages).mock;
  const question = round.plan[round.index];
  const seconds = useElapsedSeconds(round.startedAt, round.revealedAt);
  if (question === undefined) return null;
  const last = round.index === round.plan.length - 1;

  const handleReveal = () => {
    if (round.revealedAt === undefined) onChange({ ...round, revealedAt: Date.now() });
  };

  const handleNext = () => {
    const spent = [...round.seconds, seconds];
    if (last) onChange({ ...round, seconds: spent, finished: true });
    else onChange({ ...round, index: round.index + 1, startedAt: Date.now(), revealedAt: undefined, seconds: spent });
  };

  return (
    <div className="flex flex-col gap-3" data-testid="mock-round" data-step={round.index + 1} data-steps={round.plan.length}>
      <AnswerTimer seconds={seconds} running={round.revealedAt === undefined} />
      <QuestionCard
        key={question.id}
        question={question}
        caption={format(messages.questionOf, { current: round.index + 1, total: round.plan.length })}
        onReveal={handleReveal}
      />
      <div>
        <button type="button" className={last ? primaryButton : secondaryButton} data-testid="mock-next" onClick={handleNext}>
          {last ? messages.finish : messages.next}
        </button>
      </div>
    </div>
  );
}

function RoundSummary({ round, onRestart }: { round: Round; onRestart: () => void }) {
  const locale = useLocale();
  const messages = useMessages(learnMessages).mock;
  return (
    <section className="flex flex-col gap-3" data-testid="mock-summary" aria-labelledby="mock-summary-heading">
      <h3 id="mock-summary-heading" className="text-lg font-semibold">
        {messages.summaryHeading}
      </h3>
      <p className={mutedText}>{messages.summaryIntro}</p>
      <ol className="list-decimal space-y-1 pl-5">
        {round.plan.map((question, index) => (
          <li key={question.id}>
            {question.text[locale].question} <span className="font-mono tabular-nums">({formatDuration(round.seconds[index] ?? 0)})</span>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" className={primaryButton} onClick={onRestart}>
          {messages.restart}
        </button>
      </div>
    </section>
  );
}
