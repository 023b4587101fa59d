import { useEffect, useRef } from 'react';
import type { QuizItem } from '../content/types';
import { useLocale, useMessages } from '../../../i18n/use-messages';
import { learnMessages } from '../learn-messages';
import { AppLinks } from '../questions/app-links';

interface QuizQuestionProps {
  item: QuizItem;
  /** The option the learner chose, once they answered. */
  chosenId: string | undefined;
  onAnswer: (optionId: string) => void;
  /** Moves focus to the prompt when the item appears, for items reached with the Next button. */
  focusOnMount: boolean;
}

function optionClasses(answered: boolean, correct: boolean, chosen: boolean): string {
  const base = 'w-full rounded-md border px-3 py-2 text-left text-sm';
  if (!answered) return `${base} border-slate-300 bg-white hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800`;
  if (correct) return `${base} border-2 border-emerald-700 bg-emerald-50 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100`;
  if (chosen) return `${base} border-2 border-rose-700 bg-rose-50 text-rose-950 dark:border-rose-400 dark:bg-rose-950 dark:text-rose-100`;
  return `${base} border-slate-200 text-slate-700 dark:border-slate-700 dark:text-slate-300`;
}

/**
 * One quiz item. Whether an option is correct is not in the page until the learner answers:
 * `data-correct` appears on every option only then, next to the explanation.
 */
export function QuizQuestion({ item, chosenId, onAnswer, focusOnMount }: QuizQuestionProps) {
  const locale = useLocale();
  const messages = useMessages(learnMessages).quiz;
  const answered = chosenId !== undefined;
  const chosenCorrectly = item.options.some((option) => option.id === chosenId && option.correct);
  const promptId = `quiz-prompt-${item.id}`;
  const promptRef = useRef<HTMLHeadingElement>(null);

  // The Next button disappears with the answered item, so focus would otherwise fall to the page.
  useEffect(() => {
    if (focusOnMount) promptRef.current?.focus();
  }, [focusOnMount]);

  return (
    <div className="flex flex-col gap-3" data-testid="quiz-item" data-item-id={item.id} data-answered={answered}>
      <h3 id={promptId} ref={promptRef} tabIndex={-1} className="text-lg font-semibold leading-snug outline-none">
        {item.text[locale].prompt}
      </h3>
      <ul className="flex flex-col gap-2" aria-labelledby={promptId}>
        {item.options.map((option) => {
          const chosen = option.id === chosenId;
          return (
            <li key={option.id}>
              <button
                type="button"
                className={optionClasses(answered, option.correct, chosen)}
                data-testid="quiz-option"
                data-option-id={option.id}
                data-correct={answered ? String(option.correct) : undefined}
                data-chosen={answered ? String(chosen) : undefined}
                aria-disabled={answered}
                aria-pressed={answered ? chosen : undefined}
                onClick={() => {
                  if (!answered) onAnswer(option.id);
                }}
              >
                {option.text[locale]}
                {answered && option.correct && <span className="ml-2 font-semibold">✓ {messages.correctMark}</span>}
                {answered && chosen && !option.correct && <span className="ml-2 font-semibold">✗ {messages.chosenMark}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <div role="status" aria-live="polite">
        {answered && (
          <div className="rounded-md border border-slate-200 p-3 dark:border-slate-700" data-testid="quiz-explanation">
            <p className="font-semibold">{chosenCorrectly ? messages.correct : messages.incorrect}</p>
            <p className="mt-1 leading-relaxed">{item.text[locale].explanation}</p>
            {item.link !== undefined && (
              <div className="mt-2">
                <AppLinks links={[item.link]} />
              </div>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
