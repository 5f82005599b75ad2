/**
 * Opening the device database, with failures turned into `StorageError`s the UI can show:
 * an older build meeting a newer database → `versionTooNew`; no usable IndexedDB (private
 * mode, storage disabled) or any other failure to open → `unavailable`. An upgrade blocked
 * by another tab does not fail: `watchStorage` reports it and the open completes when the
 * other tab lets go.
 */
import { classifyStorageError, toStorageError } from './classifyStorageError';
import { APP_DB_NAME, SandyqDb, type SandyqDbOptions } from './db';
import { StorageErrorReason } from './storageErrors';
import { reportStorageError } from './storageEvents';

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

let appDb: SandyqDb | undefined;

/**
 * The app's database, made on first call and opened in the background; an open failure is
 * reported on `storageEvents` (the shell shows it) and fails the queries that wait on it.
 */
export function getDb(): SandyqDb {
  if (!appDb) {
    appDb = new SandyqDb(APP_DB_NAME);
    appDb.open().catch(reportOpenFailure);
  }
  return appDb;
}

function reportOpenFailure(error: unknown) {
  const reason = classifyStorageError(error);
  const storageError = toStorageError(error, reason === StorageErrorReason.unknown ? StorageErrorReason.unavailable : reason);
  reportStorageError(storageError);
  return storageError;
}
