/**
 * Everything that can go wrong with the device's storage, as a closed set of reasons the
 * UI maps to messages in the user's language (never a white screen).
 */
export const StorageErrorReason = {
  /** The disk or the browser's quota is full; the write did not happen. */
  quotaExceeded: 'quotaExceeded',
  /** Another tab holds the database open on an older version; close it to upgrade. */
  upgradeBlocked: 'upgradeBlocked',
  /** This build is older than the database on the device (a newer tab upgraded it). */
  versionTooNew: 'versionTooNew',
  /** The database was deleted under the running app (cleared site data, another tab). */
  databaseDeleted: 'databaseDeleted',
  /** IndexedDB cannot be opened at all (private mode, disabled storage). */
  unavailable: 'unavailable',
  unknown: 'unknown',
} as const;
export type StorageErrorReason = (typeof StorageErrorReason)[keyof typeof StorageErrorReason];

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly reason: StorageErrorReason,
    override readonly cause?: unknown,
  ) {
    super(`Storage error: ${reason}`);
  }
}
