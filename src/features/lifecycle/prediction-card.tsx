import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { predictionExchange, type PredictionKind } from '../../lifecycle/scenario';
import { useLifecycleStore } from './lifecycle-store';
import { lifecycleMessages } from './messages/ui-messages';
import { useSimulation } from './use-simulation';

const OPTIONS: Record<PredictionKind, readonly number[]> = {
  'api-status': [200, 401, 403],
  'refresh-status': [200, 400, 401],
};

/**
 * Retrieval practice inside the simulation: before a key step the learner guesses the status,
 * and once the step has run the real status, read from its exchange, is revealed.
 */
export function PredictionCard() {
  const simulation = useSimulation();
  if (simulation === null) return null;

  const { scenario, state, position } = simulation;
  const current = scenario.steps[position - 1]?.prediction;
  const upcoming = scenario.steps[position]?.prediction;
  if (current === undefined && upcoming === undefined) return null;

  const answer = current === undefined ? undefined : predictionExchange(state, position, current)?.response?.status;

  return (
    <div className="space-y-3">
      {current !== undefined && answer !== undefined && <PredictionBlock step={position} kind={current} answer={answer} />}
      {upcoming !== undefined && <PredictionBlock step={position + 1} kind={upcoming} />}
    </div>
  );
}

function PredictionBlock({ step, kind, answer }: { step: number; kind: PredictionKind; answer?: number }) {
  const messages = useMessages(lifecycleMessages).prediction;
  const scenarioId = useLifecycleStore((state) => state.scenarioId);
  const chosen = useLifecycleStore((state) => state.guesses[`${scenarioId}:${step}`]);
  const guess = useLifecycleStore((state) => state.guess);

  const revealed = answer !== undefined;
  const question =
    kind === 'api-status'
      ? revealed ? messages.apiStatusDone : messages.apiStatus
      : revealed ? messages.refreshStatusDone : messages.refreshStatus;
  const headingId = `prediction-${scenarioId}-${step}`;

  let feedback = '';
  if (!revealed && chosen !== undefined) feedback = format(messages.yourGuess, { status: chosen });
  else if (revealed && chosen === undefined) feedback = format(messages.unanswered, { status: answer });
  else if (revealed) feedback = format(chosen === answer ? messages.correct : messages.incorrect, { status: answer });

  return (
    <section
      data-testid="lifecycle-prediction"
      data-step={step}
      data-answer={answer ?? ''}
      aria-labelledby={headingId}
      className="rounded-lg border border-violet-300 bg-violet-50 p-4 dark:border-violet-800 dark:bg-violet-950/50"
    >
      <h2 id={headingId} className="text-sm font-semibold text-violet-900 dark:text-violet-200">
        {messages.heading}
      </h2>
      <p className="mt-1">{question}</p>
      <div role="group" aria-labelledby={headingId} className="mt-2 flex flex-wrap gap-2">
        {OPTIONS[kind].map((status) => (
          <button
            key={status}
            type="button"
            aria-pressed={chosen === status}
            disabled={revealed}
            onClick={() => guess(step, status)}
            className="min-h-10 min-w-14 rounded-md border border-violet-400 bg-white px-3 py-1 font-mono font-semibold text-violet-950 aria-pressed:bg-violet-700 aria-pressed:text-white disabled:cursor-not-allowed dark:border-violet-600 dark:bg-slate-900 dark:text-violet-100 dark:aria-pressed:bg-violet-300 dark:aria-pressed:text-slate-950"
          >
            {status}
          </button>
        ))}
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm">
        {feedback}
      </p>
    </section>
  );
}
