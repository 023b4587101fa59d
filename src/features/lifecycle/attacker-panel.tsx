import { useMessages } from '../../i18n/use-messages';
import { findIssued } from '../../lifecycle/scenario';
import { lifecycleMessages } from './messages/ui-messages';
import { TokenChip } from './token-chip';
import { useSimulation } from './use-simulation';

/** The tokens the attacker has copied; shown only in scenarios that have an attacker lane. */
export function AttackerPanel() {
  const messages = useMessages(lifecycleMessages).attacker;
  const simulation = useSimulation();
  if (simulation === null || !simulation.scenario.actors.includes('attacker')) return null;

  const { state, clock } = simulation;
  const stolen = [state.attacker.accessToken, state.attacker.refreshToken]
    .map((value) => findIssued(state, value))
    .filter((token) => token !== undefined);

  return (
    <section aria-labelledby="attacker-panel-title" data-testid="lifecycle-attacker" className="rounded-lg border border-red-300 p-4 dark:border-red-800">
      <h2 id="attacker-panel-title" className="font-semibold text-red-900 dark:text-red-200">{messages.title}</h2>
      {stolen.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{messages.empty}</p>
      ) : (
        <div className="mt-2 flex flex-wrap gap-2">
          {stolen.map((token) => (
            <TokenChip key={token.label} token={token} now={clock} />
          ))}
        </div>
      )}
    </section>
  );
}
