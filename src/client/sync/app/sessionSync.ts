/**
 * Sync for the signed-in user, wired into the app: one scheduler per session
 * (`createSyncScheduler`), which runs a pass when the app opens, on `online`, every minute
 * while online, a few seconds after a change made on this laptop, and on "Sync now"; each pass holds the Web Lock of the user's database,
 * so two tabs never sync it at once. A pass is the user's own push and pull, and in the
 * same requests the waiting changes of the other people on this laptop, each with their
 * own token (`pushOtherProfiles`).
 *
 * The token is read from the laptop's profiles database for every pass (never kept in
 * memory longer, never in a URL); a token the server refuses is forgotten, and the
 * indicator asks the person to sign in online again. Status goes to the connectivity
 * store, which the indicator reads; a stopped session publishes nothing more.
 */
import { hasUsableToken, TOKEN_GONE, tokenUsedAt } from '@/client/auth/tokenLife';
import { dexieSyncStore } from '@/client/db/dexieSyncStore';
import { getDb } from '@/client/db/openSandyqDb';
import { onLocalChange } from '@/client/db/localChangeEvents';
import { readProfile, getProfilesDb, updateProfile } from '@/client/db/profiles/profileStore';
import { SyncActivity, useConnectivityStore, type SyncFacts } from '@/client/stores/connectivityStore';
import type { SignedInUser } from '@/client/stores/sessionStore';
import { httpSyncTransport } from '../httpSyncTransport';
import { SyncError, SyncFailure } from '../syncErrors';
import { withSyncLock, withSyncLocks } from '../syncLock';
import { runSyncPass, type SyncPassResult, type SyncProgress } from '../syncPass';
import { createSyncScheduler, type SyncScheduler } from '../syncScheduler';
import { SyncState, type SyncStatus } from '../syncStatus';
import { prefetchLessonFiles, startFileUploads } from '@/client/files/laptopFiles';
import { schoolToday } from '@/client/setup/schoolToday';
import { gatherOtherProfiles, pushOtherProfilesAlone, type OtherProfilesDeps } from './pushOtherProfiles';
import { syncLockName } from './syncLockName';
import { readLinkBudget } from '@/client/connectivity/readLinkBudget';
import { startLinkMonitor } from '@/client/connectivity/linkMonitor';

export interface SessionSync {
  stop(): void;
  /** Runs a pass now; resolves when it has ended, whatever its outcome. */
  syncNow(): Promise<void>;
}

export interface SessionSyncOptions {
  baseUrl?: string;
  intervalMs?: number;
  now?: () => number;
  isOnline?: () => boolean;
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Whether a successful pass also sends the files waiting on this laptop and fetches the next lessons' (default yes). */
  sendFiles?: boolean;
}

let current: SessionSync | undefined;

/** "Sync now" for whoever is signed in; nothing when no one is. */
export function requestSyncNow(): Promise<void> {
  return current?.syncNow() ?? Promise.resolve();
}

export function startSessionSync(user: SignedInUser, options: SessionSyncOptions = {}): SessionSync {
  current?.stop();
  const now = options.now ?? Date.now;
  const baseUrl = options.baseUrl ?? globalThis.location.origin;
  const profilesDb = getProfilesDb();
  const db = getDb(user.dbName);
  const store = dexieSyncStore(db);
  const transport = httpSyncTransport({ baseUrl });
  const connectivity = useConnectivityStore.getState();
  let isActive = true;
  let knownLastSyncedAt: number | undefined;

  const publish = (status: SyncStatus) => {
    if (isActive) connectivity.publishSync(activityOf(status), factsOf(status, knownLastSyncedAt));
  };

  const othersDeps: OtherProfilesDeps = { profilesDb, transport, baseUrl, now, currentUserId: user.id, currentDb: db };
  const ownLock = syncLockName(user.dbName);

  async function runPass(onProgress: (p: SyncProgress) => void): Promise<SyncPassResult | undefined> {
    const others = await gatherOtherProfiles(othersDeps);
    try {
      return await runPassWith(others, onProgress);
    } finally {
      others.close();
    }
  }

  async function runPassWith(
    others: Awaited<ReturnType<typeof gatherOtherProfiles>>,
    onProgress: (p: SyncProgress) => void,
  ): Promise<SyncPassResult | undefined> {
    const profile = await readProfile(profilesDb, user.id);
    if (!profile || !hasUsableToken(profile, now())) {
      await pushOtherProfilesAlone(othersDeps, others);
      throw new SyncError(SyncFailure.signedOut, 'No usable session for this user on this laptop');
    }
    let result: SyncPassResult | undefined;
    try {
      const session = { userId: user.id, token: profile.token };
      result = await withSyncLock(ownLock, () =>
        // Profiles sharing this database are under the lock held already; the others' databases are locked too.
        withSyncLocks(
          others.lockNames().filter((name) => name !== ownLock),
          (held) => {
            others.keepLocked(new Set([...held, ownLock]));
            // Push batches sized to the link this school measured (src/client/connectivity/linkBudget.ts).
            return readLinkBudget(db).then(({ pushBatchSize }) =>
              runSyncPass({ store, transport, session, others: others.sources(), now, onProgress, batchSize: pushBatchSize }),
            );
          },
        ),
      );
    } catch (error) {
      if (error instanceof SyncError && error.reason === SyncFailure.signedOut) {
        await updateProfile(profilesDb, user.id, TOKEN_GONE);
        await pushOtherProfilesAlone(othersDeps, others);
      } else {
        await others.settle(undefined, error);
      }
      throw error;
    }
    await others.settle(result?.others, undefined);
    if (result) {
      knownLastSyncedAt = now();
      await updateProfile(profilesDb, user.id, { lastSyncedAt: knownLastSyncedAt, ...tokenUsedAt(profile, knownLastSyncedAt) });
      // The link works: files chosen on this laptop go now (in the background, not holding the pass).
      if (options.sendFiles !== false) {
        void startFileUploads(user.id);
        void prefetchLessonFiles(user, schoolToday(now()));
      }
    }
    return result;
  }

  const scheduler: SyncScheduler = createSyncScheduler({
    runPass,
    onStatus: publish,
    isOnline: options.isOnline ?? (() => globalThis.navigator?.onLine ?? true),
    now,
    intervalMs: options.intervalMs ?? 60_000,
    ...((options.events ?? globalThis.window) ? { events: options.events ?? globalThis.window } : {}),
  });

  connectivity.resetSync(true);
  // "Synced 5 minutes ago" holds across reloads: the last success is kept in the profile.
  void readProfile(profilesDb, user.id).then(
    (profile) => {
      knownLastSyncedAt ??= profile?.lastSyncedAt;
      publish(scheduler.status());
    },
    () => undefined,
  );
  scheduler.start();
  const stopWatchingChanges = onLocalChange(db.name, () => scheduler.notifyLocalChange());
  const stopLinkMonitor = startLinkMonitor(user);

  const handle: SessionSync = {
    stop() {
      if (!isActive) return;
      isActive = false;
      stopWatchingChanges();
      stopLinkMonitor();
      scheduler.stop();
      if (current === handle) current = undefined;
      useConnectivityStore.getState().resetSync(false);
    },
    async syncNow() {
      await scheduler.syncNow();
    },
  };
  current = handle;
  return handle;
}

function activityOf(status: SyncStatus): SyncActivity {
  if (status.state === SyncState.syncing) return SyncActivity.syncing;
  if (status.state === SyncState.error) return SyncActivity.error;
  return SyncActivity.idle;
}

function factsOf(status: SyncStatus, knownLastSyncedAt: number | undefined): SyncFacts {
  const lastSyncedAt = status.lastSyncedAt ?? knownLastSyncedAt;
  const isError = status.state === SyncState.error;
  return {
    ...(lastSyncedAt !== undefined ? { lastSyncedAt } : {}),
    ...(isError && status.lastError ? { lastError: status.lastError } : {}),
    ...(isError && status.nextRetryAt !== undefined ? { nextRetryAt: status.nextRetryAt } : {}),
    ...(status.state === SyncState.syncing && status.progress ? { progress: status.progress } : {}),
    ...(status.clockSkewMs !== undefined ? { clockSkewMs: status.clockSkewMs } : {}),
  };
}
