import { useEffect, type RefObject } from 'react';
import { useReducedMotion } from './use-reduced-motion';

const MESSAGE_MS = 550;

/**
 * Plays the current step's messages one after another: each row fades in and its dot travels
 * along the arrow. With reduced motion nothing moves and every row is shown at once.
 */
export function useTravelAnimation(container: RefObject<HTMLElement | null>, key: string): void {
  const reducedMotion = useReducedMotion();

  useEffect(() => {
    const root = container.current;
    if (root === null || reducedMotion || typeof root.animate !== 'function') return;

    const rows = Array.from(root.querySelectorAll<HTMLElement>('[data-animate="true"]'));
    const animations = rows.flatMap((row, index) => {
      const timing = { duration: MESSAGE_MS, delay: index * MESSAGE_MS, fill: 'backwards' as const, easing: 'ease-out' };
      const fade = row.animate([{ opacity: 0 }, { opacity: 1 }], timing);
      const dot = row.querySelector<HTMLElement>('[data-dot]');
      if (dot === null) return [fade];
      const leftward = dot.dataset.dot === 'left';
      const travel = dot.animate(
        [{ left: leftward ? '100%' : '0%', opacity: 1 }, { left: leftward ? '0%' : '100%', opacity: 0 }],
        { ...timing, fill: 'both' },
      );
      return [fade, travel];
    });
    return () => animations.forEach((animation) => animation.cancel());
  }, [container, key, reducedMotion]);
}
