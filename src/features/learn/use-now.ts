import { useEffect, useState } from 'react';

/**
 * Returns the current time in epoch milliseconds, refreshed every `intervalMs`, plus a function
 * that refreshes it at once (for event handlers that just changed something time-based).
 */
export function useNow(intervalMs: number): [number, () => void] {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);

  return [now, () => setNow(Date.now())];
}
