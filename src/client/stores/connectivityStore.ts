/**
 * Whether the device is online and what sync is doing, for the always-visible indicator.
 * Online/offline follows the browser's real `online`/`offline` events (and
 * `navigator.onLine` at start). The signed-in user's sync scheduler
 * (`src/client/sync/app/`) reports through `publishSync`: the activity, and the facts a
 * teacher asks about (when it last worked, why it failed, how far a long pull has got,
 * whether the laptop's clock is wrong). `resetSync` clears them when the user changes.
 */
import { create } from 'zustand';
import type { SyncFailure } from '../sync/syncErrors';

/** What the sync engine is doing when the device is online. */
export const SyncActivity = {
  idle: 'idle',
  syncing: 'syncing',
  error: 'error',
} as const;
export type SyncActivity = (typeof SyncActivity)[keyof typeof SyncActivity];

/** What the indicator shows: offline wins over any sync activity. */
export const IndicatorStatus = {
  offline: 'offline',
  ...SyncActivity,
} as const;
export type IndicatorStatus = (typeof IndicatorStatus)[keyof typeof IndicatorStatus];

/** What the indicator says about the signed-in user's sync beyond its activity. */
export interface SyncFacts {
  /** Last pass that completed (device ms). */
  lastSyncedAt?: number;
  /** Why the last pass failed; cleared by the next one that works. */
  lastError?: SyncFailure;
  /** When the next automatic try is due (device ms). */
  nextRetryAt?: number;
  /** Rows received so far and, on a first pull, how many are left. */
  progress?: { pushed: number; pulled: number; remaining?: number };
  /** Device clock minus the server's (ms), set only when it is off by more than 5 minutes. */
  clockSkewMs?: number;
}

export interface ConnectivityState {
  isOnline: boolean;
  syncActivity: SyncActivity;
  sync: SyncFacts;
  /** Whether a sync scheduler runs for the signed-in user (the "Sync now" button needs one). */
  isSyncAvailable: boolean;
  setOnline: (isOnline: boolean) => void;
  setSyncActivity: (activity: SyncActivity) => void;
  publishSync: (activity: SyncActivity, facts: SyncFacts) => void;
  resetSync: (isSyncAvailable: boolean, facts?: SyncFacts) => void;
}

export const useConnectivityStore = create<ConnectivityState>()((set) => ({
  isOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
  syncActivity: SyncActivity.idle,
  sync: {},
  isSyncAvailable: false,
  setOnline: (isOnline) => set({ isOnline }),
  setSyncActivity: (syncActivity) => set({ syncActivity }),
  publishSync: (syncActivity, sync) => set({ syncActivity, sync }),
  resetSync: (isSyncAvailable, sync = {}) => set({ syncActivity: SyncActivity.idle, sync, isSyncAvailable }),
}));

/**
 * Offline also when the browser believes it is online but the server cannot be reached
 * (the school's Wi-Fi is up, the satellite link is down): that is "no connection", not a
 * failed send in red, and nothing the person must act on.
 */
export function selectIndicatorStatus(
  state: Pick<ConnectivityState, 'isOnline' | 'syncActivity'> & { sync?: Pick<SyncFacts, 'lastError'> },
): IndicatorStatus {
  if (!state.isOnline) return IndicatorStatus.offline;
  const lastError = state.sync?.lastError;
  if (state.syncActivity === SyncActivity.error && (lastError === 'offline' || lastError === 'timeout')) return IndicatorStatus.offline;
  return state.syncActivity;
}

/** Follows the window's `online`/`offline` events; returns the function that stops. */
export function watchConnectivity(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, isOnlineNow: () => boolean): () => void {
  const update = () => useConnectivityStore.getState().setOnline(isOnlineNow());
  update();
  target.addEventListener('online', update);
  target.addEventListener('offline', update);
  return () => {
    target.removeEventListener('online', update);
    target.removeEventListener('offline', update);
  };
}
