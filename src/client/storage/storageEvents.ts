/**
 * The app-wide channel for storage failures. The database reports here whatever happens
 * outside any one screen's call (an upgrade blocked by another tab, a newer tab taking
 * over, the database deleted under the app, a full disk during a write), and the React
 * shell subscribes once to show a message in the user's language.
 *
 * Module state on purpose: there is one device storage per page, and the shell may mount
 * after the first failure (an open that failed at startup), hence `latestStorageError`.
 */
import type { StorageError, StorageErrorReason } from './storageErrors';

export type StorageErrorListener = (error: StorageError) => void;
export type StorageResolvedListener = (reason: StorageErrorReason) => void;

const listeners = new Set<StorageErrorListener>();
const resolvedListeners = new Set<StorageResolvedListener>();
let latest: StorageError | undefined;

/** Calls `listener` for every storage failure from now on; returns the unsubscribe function. */
export function onStorageError(listener: StorageErrorListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The most recent failure reported on this page, if any. */
export function latestStorageError(): StorageError | undefined {
  return latest;
}

/**
 * Calls `listener` when a reported condition has passed by itself (today: an upgrade that
 * was blocked by another tab has completed), so the UI can take its message down.
 */
export function onStorageErrorResolved(listener: StorageResolvedListener): () => void {
  resolvedListeners.add(listener);
  return () => {
    resolvedListeners.delete(listener);
  };
}

/** Tells every listener; one listener throwing does not keep the others from hearing. */
export function reportStorageError(error: StorageError): void {
  latest = error;
  notify(listeners, error);
}

export function resolveStorageError(reason: StorageErrorReason): void {
  if (latest?.reason === reason) latest = undefined;
  notify(resolvedListeners, reason);
}

function notify<E>(targets: ReadonlySet<(event: E) => void>, event: E): void {
  for (const listener of [...targets]) {
    try {
      listener(event);
    } catch (listenerError) {
      console.error('A storage event listener failed', listenerError);
    }
  }
}
