/**
 * Runs a database operation and turns any storage failure into a `StorageError`: thrown to
 * the caller (whose screen can say what did not happen) and reported app-wide (so a full
 * disk shows one clear banner, as Excalidraw's quota flag does).
 *
 * Errors that are not storage failures pass through untouched: a `RecordWriteError` (bad
 * input, for the form to show) or a programming error (for the error boundary and logs).
 */
import { Dexie } from 'dexie';
import { classifyStorageError, toStorageError } from './classifyStorageError';
import { StorageError, StorageErrorReason } from '../storage/storageErrors';
import { reportStorageError } from '../storage/storageEvents';
import { closeReasonOf } from './watchStorage';

export async function guardStorage<T>(db: Dexie, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!(error instanceof Dexie.DexieError) && !isDomException(error) && !(error instanceof StorageError)) throw error;
    let reason = classifyStorageError(error);
    if (reason === StorageErrorReason.databaseDeleted) reason = closeReasonOf(db) ?? reason;
    const storageError = toStorageError(error, reason);
    reportStorageError(storageError);
    throw storageError;
  }
}

function isDomException(error: unknown): boolean {
  return typeof DOMException !== 'undefined' && error instanceof DOMException;
}
