import type { Question } from '../content/types';
import { findQuestion } from '../content/questions';
import { useLocale, useMessages } from '../../../i18n/use-messages';
import { learnMessages } from '../learn-messages';
import { AppLinks } from './app-links';

const sectionHeading = 'mb-1 text-sm font-semibold text-slate-800 dark:text-slate-100';

/** The model answer of a question with its key points, myth-then-fact mistakes, links and follow-ups. */
export function AnswerDetails({ question, id }: { question: Question; id: string }) {
  const locale = useLocale();
  const messages = useMessages(learnMessages).card;
  const text = question.text[locale];
  const followUps = question.followUps.map((followUpId) => findQuestion(followUpId)).filter((item) => item !== undefined);

  return (
    <div id={id} className="mt-3 flex flex-col gap-4" data-testid="model-answer">
      <section>
        <h4 className={sectionHeading}>{messages.answerHeading}</h4>
        <p className="leading-relaxed" data-testid="model-answer-text">
          {text.answer}
        </p>
      </section>

      <section>
        <h4 className={sectionHeading}>{messages.keyPointsHeading}</h4>
        <ul className="list-disc space-y-1 pl-5">
          {text.keyPoints.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </section>

      <section>
        <h4 className={sectionHeading}>{messages.mistakesHeading}</h4>
        <ul className="flex flex-col gap-2">
          {text.mistakes.map((mistake) => (
            <li key={mistake.myth} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
              <p className="text-rose-800 dark:text-rose-300">
                <span className="font-semibold">{messages.myth}: </span>
                <s className="decoration-1">{mistake.myth}</s>
              </p>
              <p className="mt-1 text-emerald-800 dark:text-emerald-300">
                <span className="font-semibold">{messages.fact}: </span>
                {mistake.fact}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h4 className={sectionHeading}>{messages.linksHeading}</h4>
        <AppLinks links={question.links} />
      </section>

      {followUps.length > 0 && (
        <section>
          <h4 className={sectionHeading}>{messages.followUpsHeading}</h4>
          <ul className="list-disc space-y-1 pl-5">
            {followUps.map((followUp) => (
              <li key={followUp.id}>{followUp.text[locale].question}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
