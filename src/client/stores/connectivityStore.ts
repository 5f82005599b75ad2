/**
 * Whether the device is online and what sync is doing, for the always-visible indicator.
 * Online/offline follows the browser's real `online`/`offline` events (and
 * `navigator.onLine` at start). Sync arrives with issue 3: it reports through
 * `setSyncActivity`; until then activity stays `idle` and pending changes simply wait.
 */
import { create } from 'zustand';

/** What the sync engine is doing when the device is online. */
export const SyncActivity = {
  idle: 'idle',
  syncing: 'syncing',
  error: 'error',
} as const;
export type SyncActivity = (typeof SyncActivity)[keyof typeof SyncActivity];

/** What the indicator shows: offline wins over any sync activity. */
export const SyncStatus = {
  offline: 'offline',
  ...SyncActivity,
} as const;
export type SyncStatus = (typeof SyncStatus)[keyof typeof SyncStatus];

export interface ConnectivityState {
  isOnline: boolean;
  syncActivity: SyncActivity;
  setOnline: (isOnline: boolean) => void;
  setSyncActivity: (activity: SyncActivity) => void;
}

export const useConnectivityStore = create<ConnectivityState>()((set) => ({
  isOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
  syncActivity: SyncActivity.idle,
  setOnline: (isOnline) => set({ isOnline }),
  setSyncActivity: (syncActivity) => set({ syncActivity }),
}));

export function selectSyncStatus(state: Pick<ConnectivityState, 'isOnline' | 'syncActivity'>): SyncStatus {
  return state.isOnline ? state.syncActivity : SyncStatus.offline;
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
