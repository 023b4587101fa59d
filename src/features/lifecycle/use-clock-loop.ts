import { useEffect } from 'react';
import { useLifecycleStore } from './lifecycle-store';

const TICK_MS = 100;

/** Advances the virtual clock every 100 ms of real time while the simulation plays. */
export function useClockLoop(): void {
  const playing = useLifecycleStore((state) => state.playing);
  const tick = useLifecycleStore((state) => state.tick);

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    const timer = window.setInterval(() => {
      const now = performance.now();
      tick(now - last);
      last = now;
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [playing, tick]);
}
