/**
 * Opening the device database, with failures turned into `StorageError`s the UI can show:
 * an older build meeting a newer database → `versionTooNew`; no usable IndexedDB (private
 * mode, storage disabled) or any other failure to open → `unavailable`. An upgrade blocked
 * by another tab does not fail: `watchStorage` reports it and the open completes when the
 * other tab lets go.
 */
import { classifyStorageError, toStorageError } from './classifyStorageError';
import { APP_DB_NAME, SandyqDb, type SandyqDbOptions } from './db';
import { StorageErrorReason } from '../storage/storageErrors';
import { reportStorageError } from '../storage/storageEvents';

/** Opens (creating or upgrading) the database; rejects with a reported `StorageError`. */
export async function openSandyqDb(name: string = APP_DB_NAME, options: SandyqDbOptions = {}): Promise<SandyqDb> {
  const db = new SandyqDb(name, options);
  try {
    await db.open();
    return db;
  } catch (error) {
    throw reportOpenFailure(error);
  }
}

const appDbs = new Map<string, SandyqDb>();

/**
 * The app's database of that name (one per data scope: see `src/client/auth/dataDbName.ts`),
 * made on first call and opened in the background; an open failure is reported on
 * `storageEvents` (the shell shows it) and fails the queries that wait on it. The same
 * object for every call with the same name, so live queries and writes share it.
 */
export function getDb(name: string): SandyqDb {
  let db = appDbs.get(name);
  if (!db) {
    db = new SandyqDb(name);
    appDbs.set(name, db);
    db.open().catch(reportOpenFailure);
  }
  return db;
}

/**
 * Closes the database of that name and deletes it from the device, with everything in it
 * (its outbox too: callers warn first). Other tabs holding it open are told through their
 * `versionchange` event and stop using it.
 */
export async function deleteSandyqDb(name: string): Promise<void> {
  const db = appDbs.get(name) ?? new SandyqDb(name);
  appDbs.delete(name);
  db.close({ disableAutoOpen: true });
  await db.delete({ disableAutoOpen: true });
}

function reportOpenFailure(error: unknown) {
  const reason = classifyStorageError(error);
  const storageError = toStorageError(error, reason === StorageErrorReason.unknown ? StorageErrorReason.unavailable : reason);
  reportStorageError(storageError);
  return storageError;
}
