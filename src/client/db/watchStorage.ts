/**
 * Listens to the events IndexedDB raises outside any caller's await, and turns each into a
 * `StorageError` on the app-wide channel (`storageEvents.ts`):
 *
 * - `versionchange` from another tab that opens a newer version: this (older) tab closes
 *   its connection at once, so the newer tab's upgrade is not blocked, and reports
 *   `versionTooNew` (the user reloads to get the new build).
 * - `versionchange` for a deletion (another tab or the browser deletes the database):
 *   close and report `databaseDeleted`.
 * - `blocked`: this tab wants to upgrade (or delete) while an older tab keeps the database
 *   open: report `upgradeBlocked`; the open completes by itself once that tab closes, and
 *   then `upgradeBlocked` is resolved (`onStorageErrorResolved`).
 * - the connection's `close` event, which browsers fire only when they close a connection
 *   themselves (site data cleared, storage evicted, disk failure): report `databaseDeleted`.
 *
 * After a close for one of these reasons the database stays closed (no silent reopen onto a
 * newer or emptied database); later operations fail with Dexie's DatabaseClosedError, which
 * `guardStorage` reports with the reason remembered here. Committed data is never touched.
 */
import type { Dexie } from 'dexie';
import { StorageError, StorageErrorReason } from '../storage/storageErrors';
import { reportStorageError, resolveStorageError } from '../storage/storageEvents';

const closeReasons = new WeakMap<Dexie, StorageErrorReason>();

/** Why `db` was closed under the app, if it was. */
export function closeReasonOf(db: Dexie): StorageErrorReason | undefined {
  return closeReasons.get(db);
}

export function watchStorage(db: Dexie): void {
  const closeFor = (reason: StorageErrorReason, event: unknown) => {
    if (closeReasons.has(db)) return;
    closeReasons.set(db, reason);
    db.close({ disableAutoOpen: true });
    // Dexie's own `onclose` handler, if it runs after this listener, closes again with
    // auto-open on; closing once more after the event's dispatch keeps the database shut.
    setTimeout(() => {
      if (closeReasons.get(db) === reason) db.close({ disableAutoOpen: true });
    }, 0);
    reportStorageError(new StorageError(reason, event));
  };

  // Returning false keeps Dexie's default handlers (warn, close and reopen) from running.
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    const deleted = event.newVersion === null || event.newVersion === 0;
    closeFor(deleted ? StorageErrorReason.databaseDeleted : StorageErrorReason.versionTooNew, event);
    return false;
  });
  let isBlocked = false;
  db.on('blocked', (event: IDBVersionChangeEvent) => {
    isBlocked = true;
    reportStorageError(new StorageError(StorageErrorReason.upgradeBlocked, event));
    return false;
  });
  db.on(
    'ready',
    () => {
      closeReasons.delete(db);
      if (isBlocked) {
        isBlocked = false;
        resolveStorageError(StorageErrorReason.upgradeBlocked);
      }
      db.backendDB().addEventListener('close', (event) => closeFor(StorageErrorReason.databaseDeleted, event));
    },
    true,
  );
}
