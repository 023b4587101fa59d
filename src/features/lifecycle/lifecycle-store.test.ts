import { beforeEach, describe, expect, it } from 'vitest';
import { shownState } from '../../lifecycle/timeline';
import { useLifecycleStore, whenIdle } from './lifecycle-store';

function timeline() {
  const current = useLifecycleStore.getState().timeline;
  if (current === null) throw new Error('the store has no timeline yet');
  return current;
}

describe('lifecycle store', () => {
  beforeEach(async () => {
    useLifecycleStore.getState().open('lifecycle', 1);
    await whenIdle();
  });

  it('opens at step 1 with the clock in the past', () => {
    expect(timeline().position).toBe(1);
    expect(timeline().clock).toBeLessThan(Date.now());
  });

  it('runs quick clicks in order', async () => {
    const { next } = useLifecycleStore.getState();
    next();
    next();
    next();
    await whenIdle();

    expect(timeline().position).toBe(4);
  });

  it('ends the main scenario no later than the device time', async () => {
    useLifecycleStore.getState().open('lifecycle', 8);
    await whenIdle();

    expect(timeline().position).toBe(8);
    expect(shownState(timeline()).now).toBeLessThanOrEqual(Date.now());
  });

  it('does not step back before step 1', async () => {
    useLifecycleStore.getState().prev();
    await whenIdle();

    expect(timeline().position).toBe(1);
  });

  it('replays to the same step after a settings change', async () => {
    useLifecycleStore.getState().open('lifecycle', 5);
    await whenIdle();
    const before = shownState(timeline()).issued[0]?.value;

    useLifecycleStore.getState().updateSettings({ storage: 'http-only-cookie' });
    await whenIdle();

    expect(timeline().position).toBe(5);
    expect(shownState(timeline()).config.storage).toBe('http-only-cookie');
    expect(shownState(timeline()).issued[0]?.value).not.toBe(before);
    useLifecycleStore.getState().updateSettings({ storage: 'local-storage' });
    await whenIdle();
  });

  it('ignores lifetimes that fail validation', async () => {
    useLifecycleStore.getState().updateSettings({ accessTokenLifetime: 60_000 });
    await whenIdle();

    expect(shownState(timeline()).config.accessTokenLifetime).toBe(30 * 60_000);
    useLifecycleStore.getState().updateSettings({ accessTokenLifetime: 30 * 60_000 });
    await whenIdle();
  });

  it('keeps only the last of two quick scenario switches', async () => {
    const { open } = useLifecycleStore.getState();
    open('rotation', 3);
    open('how-jwt', 2);
    await whenIdle();

    expect(useLifecycleStore.getState().scenarioId).toBe('how-jwt');
    expect(timeline().scenario.id).toBe('how-jwt');
    expect(timeline().position).toBe(2);
  });

  it('jumps the clock to the next step and runs it', async () => {
    useLifecycleStore.getState().open('lifecycle', 4);
    await whenIdle();
    const accessExpiry = shownState(timeline()).issued[0]?.expiresAt ?? 0;

    useLifecycleStore.getState().jumpToNextEvent();
    await whenIdle();
    expect(timeline().clock).toBe(accessExpiry);
    expect(timeline().position).toBe(4);

    useLifecycleStore.getState().jumpToNextEvent();
    await whenIdle();
    expect(timeline().position).toBe(5);
  });

  it('moves the clock only while playing', async () => {
    const start = timeline().clock;
    useLifecycleStore.getState().tick(1000);
    expect(timeline().clock).toBe(start);

    useLifecycleStore.getState().setSpeed(60);
    useLifecycleStore.getState().togglePlay();
    useLifecycleStore.getState().tick(100);
    await whenIdle();
    useLifecycleStore.getState().pause();

    expect(timeline().position).toBe(2);
    expect(timeline().clock).toBeGreaterThan(start);
  });
});
