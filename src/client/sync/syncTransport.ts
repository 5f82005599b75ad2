/**
 * How the sync client reaches the server. An interface, so tests can hand the client an
 * in-memory or fault-injecting transport; `httpSyncTransport` is the real one (protocol
 * v2). The pass speaks in the shapes the merge code reads (`Mutation`, `Rejection`,
 * `PulledRow`); a transport encodes them for its wire and decodes its answer back.
 */
import type { Cursor, Mutation, Rejection, SyncEnd, SyncPage } from '@/sync/protocol';

/** One person's waiting changes in an exchange. */
export interface ExchangeBatch {
  /** That person's session token; absent: the signed-in user's (the exchange's own token). */
  token?: string;
  mutations: Mutation[];
}

export interface SyncExchange {
  deviceId: string;
  batches: ExchangeBatch[];
  /** The signed-in user's pull position. */
  cursor: Cursor | null;
  pull: boolean;
  clientTime: number;
}

/** The server's answer to one batch. */
export interface BatchOutcome {
  ackUpToSeq: number | null;
  rejected: Rejection[];
  /** The batch was refused whole (an `ApiErrorCode`, e.g. `token_expired`): nothing of it was applied. */
  refused?: string;
}

export interface ExchangeHeader {
  type: 'header';
  /** `batches[i]` answers the exchange's `batches[i]`. */
  batches: BatchOutcome[];
  serverTime: number;
  serverStamp: string;
  /** On a first pull: the rows this answer and the next will bring in all. */
  remaining?: number;
}

export type ExchangeLine = ExchangeHeader | SyncPage | SyncEnd;

export interface SyncTransport {
  /**
   * Sends one request, authenticated by `token` (the signed-in user's), and yields the
   * answer's lines as they arrive. Throws `SyncError` for a failure before or during the
   * exchange; lines already yielded stay valid.
   */
  exchange(request: SyncExchange, token: string, signal: AbortSignal): AsyncIterable<ExchangeLine>;
}
