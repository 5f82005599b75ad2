/**
 * What the always-visible indicator shows about sync: a closed union of states, plus the
 * facts a teacher asks about (what is waiting, when it last worked, why it failed).
 */
import type { SyncFailure } from './syncErrors';
import type { SyncProgress } from './syncPass';

export const SyncState = {
  /** Nothing under way; the last pass (if any) worked. */
  idle: 'idle',
  syncing: 'syncing',
  /** No connection: changes wait safely on the device. */
  offline: 'offline',
  /** The last pass failed; `lastError` says why; a retry is scheduled unless it needs the user. */
  error: 'error',
} as const;
export type SyncState = (typeof SyncState)[keyof typeof SyncState];

export interface SyncStatus {
  state: SyncState;
  lastSyncedAt?: number;
  lastError?: SyncFailure;
  /** When the next automatic attempt is due (device ms). */
  nextRetryAt?: number;
  progress?: SyncProgress;
  /** Set when the device clock is off by more than CLOCK_SKEW_WARNING_MS. */
  clockSkewMs?: number;
  /** Changes of this user the server refused in the last pass. */
  rejectedCount?: number;
}

/** Beyond this, the user is told the device's clock is wrong (rule C2). */
export const CLOCK_SKEW_WARNING_MS = 5 * 60_000;
