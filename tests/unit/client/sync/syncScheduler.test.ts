import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSyncScheduler } from '@/client/sync/syncScheduler';
import { SyncError, SyncFailure } from '@/client/sync/syncErrors';
import type { SyncPassResult } from '@/client/sync/syncPass';
import type { SyncStatus } from '@/client/sync/syncStatus';

const ok: SyncPassResult = { pushed: 1, pulled: 2, requests: 1, rejected: [], clockSkewMs: 0 };

function harness(outcomes: Array<SyncPassResult | SyncError>, online = { value: true }) {
  const statuses: SyncStatus[] = [];
  const listeners = new Map<string, () => void>();
  const runPass = vi.fn(async () => {
    const next = outcomes.shift() ?? ok;
    if (next instanceof SyncError) throw next;
    return next;
  });
  const scheduler = createSyncScheduler({
    runPass,
    onStatus: (s) => statuses.push(s),
    isOnline: () => online.value,
    now: () => Date.now(),
    random: () => 0.5,
    intervalMs: 60_000,
    events: {
      addEventListener: ((type: string, fn: () => void) => void listeners.set(type, fn)) as unknown as Window['addEventListener'],
      removeEventListener: ((type: string) => void listeners.delete(type)) as unknown as Window['removeEventListener'],
    },
  });
  return { scheduler, statuses, runPass, fire: (type: string) => listeners.get(type)?.() };
}

describe('sync scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs when started and again on the interval while online', async () => {
    const h = harness([]);
    h.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.runPass).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.runPass).toHaveBeenCalledTimes(2);
    expect(h.scheduler.status().state).toBe('idle');
    h.scheduler.stop();
  });

  it('retries a failed pass with growing delays and never gives up', async () => {
    const h = harness([0, 1, 2, 3].map(() => new SyncError(SyncFailure.serverError, 'down')));
    h.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.scheduler.status()).toMatchObject({ state: 'error', lastError: 'serverError' });
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const before = h.runPass.mock.calls.length;
      const due = h.scheduler.status().nextRetryAt! - Date.now();
      delays.push(due);
      await vi.advanceTimersByTimeAsync(due);
      expect(h.runPass.mock.calls.length).toBe(before + 1);
    }
    expect(delays[1]!).toBeGreaterThan(delays[0]!);
    expect(h.scheduler.status().state).toBe('idle');
    h.scheduler.stop();
  });

  it('a signed-out failure waits for the user instead of retrying', async () => {
    const h = harness([new SyncError(SyncFailure.signedOut, '401')]);
    h.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.scheduler.status()).toMatchObject({ state: 'error', lastError: 'signedOut' });
    expect(h.scheduler.status().nextRetryAt).toBeUndefined();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(h.runPass).toHaveBeenCalledTimes(1);
    h.scheduler.stop();
  });

  it('going online syncs at once; offline shows offline without trying', async () => {
    const online = { value: false };
    const h = harness([], online);
    h.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.runPass).not.toHaveBeenCalled();
    expect(h.scheduler.status().state).toBe('offline');
    online.value = true;
    h.fire('online');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.runPass).toHaveBeenCalledTimes(1);
    h.scheduler.stop();
  });

  it('reports a device clock off by more than five minutes (C2)', async () => {
    const h = harness([{ ...ok, clockSkewMs: -40 * 86_400_000 }]);
    await h.scheduler.syncNow();
    expect(h.scheduler.status().clockSkewMs).toBe(-40 * 86_400_000);
  });

  it('Sync now while a pass runs joins it instead of starting a second', async () => {
    const h = harness([]);
    const a = h.scheduler.syncNow();
    const b = h.scheduler.syncNow();
    await Promise.all([a, b]);
    expect(h.runPass).toHaveBeenCalledTimes(1);
  });

  it('a local change is pushed a few seconds later, and a burst of changes is one push', async () => {
    const h = harness([]);
    h.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.runPass).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 25; i++) {
      h.scheduler.notifyLocalChange();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(h.runPass).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(h.runPass).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(h.runPass).toHaveBeenCalledTimes(2);
    h.scheduler.stop();
  });

  it('a change made while a pass runs gets a push after it', async () => {
    let release: () => void = () => undefined;
    const h = harness([]);
    h.runPass.mockImplementationOnce(() => new Promise<SyncPassResult>((resolve) => (release = () => resolve(ok))));
    h.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    h.scheduler.notifyLocalChange();
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.runPass).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(h.runPass).toHaveBeenCalledTimes(2);
    h.scheduler.stop();
  });

  it('offline, or waiting out a failure, a local change starts no push', async () => {
    const online = { value: false };
    const h = harness(
      [0, 1, 2].map(() => new SyncError(SyncFailure.serverError, 'down')),
      online,
    );
    h.scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    h.scheduler.notifyLocalChange();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.runPass).toHaveBeenCalledTimes(0);
    online.value = true;
    h.fire('online');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.scheduler.status().state).toBe('error');
    await vi.advanceTimersByTimeAsync(h.scheduler.status().nextRetryAt! - Date.now());
    await vi.advanceTimersByTimeAsync(h.scheduler.status().nextRetryAt! - Date.now());
    const calls = h.runPass.mock.calls.length;
    expect(calls).toBe(3);
    const retryDue = h.scheduler.status().nextRetryAt! - Date.now();
    h.scheduler.notifyLocalChange();
    // The backoff decides the next try, not the change: nothing before it is due.
    await vi.advanceTimersByTimeAsync(retryDue - 1);
    expect(h.runPass.mock.calls.length).toBe(calls);
    h.scheduler.stop();
  });
});
