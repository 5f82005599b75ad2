/**
 * When sync runs: when the app opens, when the browser says it is online, every
 * `intervalMs` while online, when the user presses "Sync now", and `pushDelayMs` after a
 * local change (debounced: a burst of marks is one push, and two laptops in one room see
 * each other's marks within seconds instead of a minute). Failures retry with
 * backoff and jitter, forever; a failure only the user can fix (signed out, app too old)
 * waits for the user instead. Publishes a `SyncStatus` on every change.
 */
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { isRetryable, SyncError, SyncFailure } from './syncErrors';
import type { SyncPassResult, SyncProgress } from './syncPass';
import { CLOCK_SKEW_WARNING_MS, SyncState, type SyncStatus } from './syncStatus';

export interface SyncSchedulerOptions {
  /** Runs one pass under the sync lock; undefined when another tab holds it. */
  runPass(onProgress: (p: SyncProgress) => void): Promise<SyncPassResult | undefined>;
  onStatus(status: SyncStatus): void;
  isOnline(): boolean;
  now?: () => number;
  random?: () => number;
  intervalMs?: number;
  /** How long after a local change its push starts; later changes within it join the push. Default 3 s. */
  pushDelayMs?: number;
  backoff?: BackoffPolicy;
  /** Where to listen for `online`/`offline` (window in the app; absent in Node tests). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

export interface SyncScheduler {
  start(): void;
  stop(): void;
  /** Runs a pass now (the "Sync now" button); resolves when it ends. */
  syncNow(): Promise<SyncStatus>;
  /** A change was stored on this device: push it soon, unless offline or waiting out a failure's backoff. */
  notifyLocalChange(): void;
  status(): SyncStatus;
}

export function createSyncScheduler(options: SyncSchedulerOptions): SyncScheduler {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const intervalMs = options.intervalMs ?? 60_000;
  const pushDelayMs = options.pushDelayMs ?? 3_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  let status: SyncStatus = { state: options.isOnline() ? SyncState.idle : SyncState.offline };
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<SyncStatus> | undefined;
  let started = false;
  let dueAt = Number.POSITIVE_INFINITY;
  /** A change arrived while a pass ran: that pass may have read the outbox before it. */
  let isChangedDuringPass = false;

  const publish = (next: SyncStatus) => {
    status = next;
    options.onStatus(status);
  };

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    dueAt = now() + delayMs;
    if (started) timer = setTimeout(() => void run(), delayMs);
  };

  async function pass(): Promise<SyncStatus> {
    if (!options.isOnline()) {
      publish({ ...status, state: SyncState.offline, progress: undefined });
      return status;
    }
    publish({ ...status, state: SyncState.syncing, progress: { pushed: 0, pulled: 0 } });
    try {
      const result = await options.runPass((progress) => publish({ ...status, state: SyncState.syncing, progress }));
      failures = 0;
      if (result) {
        const skew = Math.abs(result.clockSkewMs) > CLOCK_SKEW_WARNING_MS ? result.clockSkewMs : undefined;
        publish({
          state: SyncState.idle,
          lastSyncedAt: now(),
          ...(skew !== undefined ? { clockSkewMs: skew } : {}),
          ...(result.rejected.length ? { rejectedCount: result.rejected.length } : {}),
        });
      } else {
        publish({ ...status, state: SyncState.idle, progress: undefined });
      }
      schedule(intervalMs);
    } catch (error) {
      const reason = error instanceof SyncError ? error.reason : SyncFailure.serverError;
      const offline = reason === SyncFailure.offline && !options.isOnline();
      const retry = isRetryable(reason);
      const delay = retry ? backoffDelay(failures++, random(), backoff) : undefined;
      publish({
        ...status,
        state: offline ? SyncState.offline : SyncState.error,
        lastError: reason,
        progress: undefined,
        ...(delay !== undefined ? { nextRetryAt: now() + delay } : { nextRetryAt: undefined }),
      });
      if (delay !== undefined) schedule(delay);
    }
    return status;
  }

  function run(): Promise<SyncStatus> {
    dueAt = Number.POSITIVE_INFINITY;
    running ??= pass().finally(() => {
      running = undefined;
      if (isChangedDuringPass) {
        isChangedDuringPass = false;
        if (status.state === SyncState.idle) schedule(pushDelayMs);
      }
    });
    return running;
  }

  const onOnline = () => {
    failures = 0;
    void run();
  };
  const onOffline = () => publish({ ...status, state: SyncState.offline, progress: undefined });

  return {
    start() {
      if (started) return;
      started = true;
      options.events?.addEventListener('online', onOnline);
      options.events?.addEventListener('offline', onOffline);
      void run();
    },
    stop() {
      started = false;
      clearTimeout(timer);
      options.events?.removeEventListener('online', onOnline);
      options.events?.removeEventListener('offline', onOffline);
    },
    syncNow: () => {
      failures = 0;
      return run();
    },
    notifyLocalChange() {
      if (!started || !options.isOnline() || status.state === SyncState.error || status.state === SyncState.offline) return;
      if (running) {
        isChangedDuringPass = true;
        return;
      }
      if (dueAt > now() + pushDelayMs) schedule(pushDelayMs);
    },
    status: () => status,
  };
}
