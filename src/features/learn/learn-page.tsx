import { useState, type ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { learnMessages } from './learn-messages';
import { LearnTabs, panelElementId, tabElementId } from './learn-tabs';
import { MockInterview } from './mock/mock-interview';
import { QuestionBank } from './questions/question-bank';
import { QuizPanel } from './quiz/quiz-panel';
import { SessionsVsTokens } from './sessions/sessions-vs-tokens';
import { ReviewPanel } from './study/review-panel';
import { mutedText } from './ui-classes';
import { LEARN_TAB_IDS, useLearnTab, type LearnTabId } from './use-learn-tab';
import { BuildWalkthrough } from './walkthrough/build-walkthrough';

// The walkthrough and the sessions demo bring their own h2 heading.
const PANELS_WITH_OWN_HEADING: ReadonlySet<LearnTabId> = new Set(['build', 'sessions']);

const PANELS: Record<LearnTabId, () => ReactNode> = {
  questions: () => <QuestionBank />,
  review: () => <ReviewPanel />,
  mock: () => <MockInterview />,
  quiz: () => <QuizPanel />,
  build: () => <BuildWalkthrough />,
  sessions: () => <SessionsVsTokens />,
};

/**
 * The Learn page: interview questions, flashcards, a mock interview, the quiz and the two
 * explanations. A section is mounted when first opened and then kept, so switching tabs or the
 * display language never loses quiz answers or a running interview.
 */
export default function LearnPage() {
  const messages = useMessages(learnMessages);
  const [selected, select] = useLearnTab();
  const [visited, setVisited] = useState<ReadonlySet<LearnTabId>>(() => new Set([selected]));
  const tabs = LEARN_TAB_IDS.map((id) => ({ id, label: messages.tabs[id] }));

  const handleSelect = (id: LearnTabId) => {
    select(id);
    setVisited((current) => (current.has(id) ? current : new Set([...current, id])));
  };

  return (
    // keep-all stops Korean words from breaking mid-word; wrap-break-word still breaks long tokens.
    <div className="flex flex-col gap-4 break-keep wrap-break-word">
      <header>
        <h1 className="text-2xl font-bold">{messages.title}</h1>
        <p className={`${mutedText} mt-1 max-w-3xl`}>{messages.intro}</p>
      </header>
      <LearnTabs tabs={tabs} selected={selected} label={messages.tabsLabel} onSelect={handleSelect} />
      {LEARN_TAB_IDS.map((id) => (
        <section
          key={id}
          role="tabpanel"
          id={panelElementId(id)}
          aria-labelledby={tabElementId(id)}
          hidden={id !== selected}
          data-testid={`learn-panel-${id}`}
          className="flex flex-col gap-3"
        >
          {(visited.has(id) || id === selected) && (
            <>
              {!PANELS_WITH_OWN_HEADING.has(id) && <h2 className="text-xl font-semibold">{messages.tabs[id]}</h2>}
              {PANELS[id]()}
            </>
          )}
        </section>
      ))}
    </div>
  );
}
