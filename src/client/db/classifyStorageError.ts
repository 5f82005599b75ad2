/**
 * Maps whatever IndexedDB or Dexie threw to one `StorageErrorReason`, so the UI can show a
 * message in the user's language instead of an English stack trace or a white screen.
 *
 * Browsers and Dexie wrap errors differently: a full disk may arrive as a DOMException named
 * `QuotaExceededError`, as Dexie's `AbortError` whose `inner` is that exception (the
 * transaction was aborted because a write did not fit), as a `BulkError` or `ModifyError`
 * listing it among `failures`, or as an `OpenFailedError` around it. So the whole chain
 * (`inner`, `cause`, `failures`) is searched, and the most specific reason found wins.
 */
import { StorageError, StorageErrorReason } from '../storage/storageErrors';

/** Error names (DOM and Dexie) per reason. Firefox's legacy quota name is kept on purpose. */
const NAMES_BY_REASON: ReadonlyArray<readonly [StorageErrorReason, readonly string[]]> = [
  [StorageErrorReason.quotaExceeded, ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']],
  [StorageErrorReason.versionTooNew, ['VersionError']],
  [StorageErrorReason.databaseDeleted, ['DatabaseClosedError', 'NoSuchDatabaseError']],
  [StorageErrorReason.unavailable, ['MissingAPIError', 'InvalidStateError', 'SecurityError', 'OpenFailedError']],
];

/** Chains deeper than this are cyclic or hostile; stop rather than loop. */
const MAX_CHAIN = 16;

/** The reason for `error`, or `unknown` when nothing in its chain is a storage failure. */
export function classifyStorageError(error: unknown): StorageErrorReason {
  if (error instanceof StorageError) return error.reason;
  const names = new Set(collectNames(error));
  for (const [reason, reasonNames] of NAMES_BY_REASON) {
    if (reasonNames.some((n) => names.has(n))) return reason;
  }
  return StorageErrorReason.unknown;
}

/** `error` as a `StorageError` (itself when it already is one), keeping the original as `cause`. */
export function toStorageError(error: unknown, reason = classifyStorageError(error)): StorageError {
  return error instanceof StorageError && error.reason === reason ? error : new StorageError(reason, error);
}

function collectNames(root: unknown): string[] {
  const names: string[] = [];
  const queue: unknown[] = [root];
  const seen = new Set<unknown>();
  while (queue.length > 0 && seen.size < MAX_CHAIN) {
    const e = queue.shift();
    if (e === null || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const { name, inner, cause, failures } = e as {
      name?: unknown;
      inner?: unknown;
      cause?: unknown;
      failures?: unknown;
    };
    if (typeof name === 'string') names.push(name);
    queue.push(inner, cause);
    if (Array.isArray(failures)) queue.push(...failures);
  }
  return names;
}
