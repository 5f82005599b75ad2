/**
 * Why a sync pass failed, as a closed set the indicator maps to words in the user's
 * language. At the sync boundary failures are results, not exceptions.
 */
export const SyncFailure = {
  /** No connection, or the connection dropped mid-exchange. Retried. */
  offline: 'offline',
  /** The link was too slow or silent for too long. Retried. */
  timeout: 'timeout',
  /** The session is missing, expired or revoked: the user must sign in online again. */
  signedOut: 'signedOut',
  /** The server speaks another protocol version: the app must update. */
  protocolMismatch: 'protocolMismatch',
  /** The server failed (5xx) or answered something unreadable. Retried. */
  serverError: 'serverError',
  /** The device's disk is full: pulled rows cannot be stored. */
  storageFull: 'storageFull',
  /** The server refused the request as a whole (4xx other than the above). */
  refused: 'refused',
} as const;
export type SyncFailure = (typeof SyncFailure)[keyof typeof SyncFailure];

export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly reason: SyncFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Failures worth retrying on their own; the others wait for the user (sign in, update). */
export function isRetryable(reason: SyncFailure): boolean {
  return reason === SyncFailure.offline || reason === SyncFailure.timeout || reason === SyncFailure.serverError;
}
