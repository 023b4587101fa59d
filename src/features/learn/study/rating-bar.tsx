import { format } from '../../../i18n/format';
import { useLocale, useMessages } from '../../../i18n/use-messages';
import { learnMessages } from '../learn-messages';
import { formatRelative } from '../relative-time';
import { useNow } from '../use-now';
import { secondaryButton } from '../ui-classes';
import { useProgressStore } from './progress-store';
import { RATINGS, type Rating } from './schedule';

/** Self-rating buttons for a revealed card, with when the card comes back. */
export function RatingBar({ questionId, onRated }: { questionId: string; onRated?: (rating: Rating) => void }) {
  const locale = useLocale();
  const messages = useMessages(learnMessages).rating;
  const progress = useProgressStore((state) => state.cards[questionId]);
  const rate = useProgressStore((state) => state.rate);
  const [now, refreshNow] = useNow(60_000);

  const handleRate = (rating: Rating) => {
    rate(questionId, rating);
    refreshNow();
    onRated?.(rating);
  };

  return (
    <div className="mt-4 flex flex-col gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
      <p id={`rating-prompt-${questionId}`} className="text-sm font-medium">
        {messages.prompt}
      </p>
      <div role="group" aria-labelledby={`rating-prompt-${questionId}`} className="flex flex-wrap gap-2">
        {RATINGS.map((rating) => (
          <button
            key={rating}
            type="button"
            className={`${secondaryButton} ${progress?.lastRating === rating ? 'ring-2 ring-sky-600 dark:ring-sky-300' : ''}`}
            aria-pressed={progress?.lastRating === rating}
            data-testid="rate-card"
            data-rating={rating}
            onClick={() => handleRate(rating)}
          >
            {messages[rating]}
          </button>
        ))}
      </div>
      {progress !== undefined && (
        <p className="text-sm text-slate-600 dark:text-slate-300" role="status" data-testid="card-schedule" data-box={progress.box}>
          {format(messages.scheduled, { when: formatRelative(progress.dueAt, now, locale) })}
        </p>
      )}
    </div>
  );
}
