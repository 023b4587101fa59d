import { useState } from 'react';
import { QUESTIONS } from '../content/questions';
import { TOPICS, type Topic } from '../content/types';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { learnMessages } from '../learn-messages';
import { mutedText } from '../ui-classes';
import { QuestionCard } from './question-card';

type TopicFilter = Topic | 'all';

/** Every interview question, filterable by topic, each card with its own reveal and rating. */
export function QuestionBank() {
  const messages = useMessages(learnMessages);
  const [topic, setTopic] = useState<TopicFilter>('all');
  const visibleQuestions = topic === 'all' ? QUESTIONS : QUESTIONS.filter((question) => question.topic === topic);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor="question-topic" className="text-sm font-medium">
          {messages.bank.filterLabel}
        </label>
        <select
          id="question-topic"
          data-testid="question-topic"
          value={topic}
          onChange={(event) => setTopic(event.target.value as TopicFilter)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        >
          <option value="all">{messages.bank.allTopics}</option>
          {TOPICS.map((value) => (
            <option key={value} value={value}>
              {messages.topics[value]}
            </option>
          ))}
        </select>
        <p className={mutedText} aria-live="polite">
          {format(messages.bank.count, { count: visibleQuestions.length })}
        </p>
      </div>
      <ul className="flex flex-col gap-4">
        {visibleQuestions.map((question) => (
          <li key={question.id}>
            <QuestionCard question={question} />
          </li>
        ))}
      </ul>
    </div>
  );
}
