import { describe, expect, it } from 'vitest';
import { formatLifecycleFragment, parseLifecycleFragment } from './step-fragment';

describe('parseLifecycleFragment', () => {
  it.each([
    ['', { scenarioId: 'lifecycle', step: 1 }],
    ['#step=5', { scenarioId: 'lifecycle', step: 5 }],
    ['#step=8', { scenarioId: 'lifecycle', step: 8 }],
    ['#step=99', { scenarioId: 'lifecycle', step: 8 }],
    ['#step=0', { scenarioId: 'lifecycle', step: 1 }],
    ['#step=abc', { scenarioId: 'lifecycle', step: 1 }],
    ['#scenario=rotation&step=4', { scenarioId: 'rotation', step: 4 }],
    ['#scenario=how-jwt&step=9', { scenarioId: 'how-jwt', step: 7 }],
    ['#scenario=toString&step=2', { scenarioId: 'lifecycle', step: 2 }],
  ])('reads %j', (hash, expected) => {
    expect(parseLifecycleFragment(hash)).toEqual(expected);
  });
});

describe('formatLifecycleFragment', () => {
  it('round-trips every scenario', () => {
    for (const location of [
      { scenarioId: 'lifecycle', step: 3 },
      { scenarioId: 'logout', step: 2 },
    ] as const) {
      expect(parseLifecycleFragment(formatLifecycleFragment(location))).toEqual(location);
    }
  });

  it('keeps the short form for the main scenario', () => {
    expect(formatLifecycleFragment({ scenarioId: 'lifecycle', step: 6 })).toBe('#step=6');
  });
});
