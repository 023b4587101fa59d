import type { Locale } from '../../../i18n/locale-store';
import type { PreparedTokenId } from './prepared-tokens';

/** Topic a question belongs to; the question bank groups and filters by it. */
export type Topic = 'basics' | 'structure' | 'security' | 'storage' | 'lifecycle' | 'architecture';

export const TOPICS: readonly Topic[] = ['basics', 'structure', 'security', 'storage', 'lifecycle', 'architecture'];

/** A lifecycle simulation step, numbered as on the lifecycle page (`/lifecycle#step=N`). */
export type LifecycleStep = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** A place in the app that shows what an answer talks about. */
export type AppLink =
  | { kind: 'debugger'; token: PreparedTokenId }
  | { kind: 'lifecycle'; step: LifecycleStep };

/** A widespread wrong belief, then the correct statement that replaces it. */
export interface Refutation {
  myth: string;
  fact: string;
}

/** The text of one interview question in one language. */
export interface QuestionText {
  question: string;
  /** A model answer a candidate can say in about a minute. */
  answer: string;
  /** What an interviewer listens for. */
  keyPoints: string[];
  /** Mistakes to avoid, as myth then fact. */
  mistakes: Refutation[];
}

export interface Question {
  id: string;
  topic: Topic;
  /** `main` questions open a mock interview; `follow-up` questions are asked after one. */
  kind: 'main' | 'follow-up';
  /** Follow-up question ids an interviewer is likely to ask next, in order. */
  followUps: string[];
  links: AppLink[];
  text: Record<Locale, QuestionText>;
}

export interface QuizOption {
  id: string;
  correct: boolean;
  text: Record<Locale, string>;
}

export interface QuizItemText {
  prompt: string;
  /** Shown after answering: why the correct option is right and the tempting ones are not. */
  explanation: string;
}

export interface QuizItem {
  id: string;
  options: QuizOption[];
  link?: AppLink;
  text: Record<Locale, QuizItemText>;
}
