import { useEffect, useState } from 'react';

/** Returns the device's real time, refreshed every `intervalMs`, for comparing tokens with what the debugger will show. */
export function useDeviceNow(intervalMs = 10_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
