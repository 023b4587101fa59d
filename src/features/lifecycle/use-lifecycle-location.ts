import { useEffect } from 'react';
import { useLifecycleStore } from './lifecycle-store';
import { formatLifecycleFragment, parseLifecycleFragment } from './step-fragment';

/**
 * Opens the scenario and step named in the URL fragment, and keeps the fragment in step with the
 * simulation, so a reload or the Back button from the debugger returns to the same step.
 */
export function useLifecycleLocation(): void {
  const open = useLifecycleStore((state) => state.open);
  const scenarioId = useLifecycleStore((state) => state.scenarioId);
  const position = useLifecycleStore((state) => state.timeline?.position);

  useEffect(() => {
    const openFromHash = () => {
      const location = parseLifecycleFragment(window.location.hash);
      open(location.scenarioId, location.step);
    };
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    return () => window.removeEventListener('hashchange', openFromHash);
  }, [open]);

  useEffect(() => {
    if (position === undefined || position < 1) return;
    const fragment = formatLifecycleFragment({ scenarioId, step: position });
    // replaceState does not fire hashchange, so this does not reopen the scenario.
    if (window.location.hash !== fragment) window.history.replaceState(window.history.state, '', fragment);
  }, [scenarioId, position]);
}
