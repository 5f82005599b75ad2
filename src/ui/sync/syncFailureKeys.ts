/** The sentence for each reason a sync failed (`SyncFailure`), in the `sync` namespace. */
import type { SyncFailure } from '@/client/sync/syncErrors';

export const SYNC_FAILURE_KEYS = {
  offline: 'sync:offlineFailureMessage',
  timeout: 'sync:timeoutFailureMessage',
  signedOut: 'sync:signedOutFailureMessage',
  protocolMismatch: 'sync:protocolMismatchFailureMessage',
  serverError: 'sync:serverErrorFailureMessage',
  storageFull: 'sync:storageFullFailureMessage',
  refused: 'sync:refusedFailureMessage',
} as const satisfies Record<SyncFailure, `sync:${string}Message`>;
