/**
 * What the sync client needs from the device's storage. An interface so the pass logic is
 * testable without IndexedDB; `dexieSyncStore` (src/client/db) is the real one.
 */
import type { Mutation, PulledRow, Rejection } from '@/sync/protocol';

export interface SyncStore {
  deviceId(): Promise<string>;
  /** One user's oldest pending changes, in seq order. */
  readBatch(userId: string, limit: number): Promise<Mutation[]>;
  /**
   * Removes the user's entries up to `upToSeq`, keeps each rejection for its author to see
   * and undoes the refused change locally from the server's row: one transaction. A change
   * refused as stamped too far ahead is kept and queued again, re-stamped from
   * `serverStamp` (rule C4).
   */
  acknowledge(userId: string, upToSeq: number, rejected: readonly Rejection[], serverStamp: string): Promise<void>;
  /** Merges a pulled page and stores its cursor: one transaction (rule P4); stamps checked against `serverTime` (C3). */
  storePage(rows: readonly PulledRow[], cursor: string, serverTime: number): Promise<void>;
  readCursor(): Promise<string | null>;
  /** Stores the end cursor of a response whose pages were all stored. */
  storeCursor(cursor: string): Promise<void>;
  /** The header's server stamp and wall time (rules C1, C3, C4). */
  receiveServerTime(header: { serverStamp: string; serverTime: number }): Promise<void>;
  countPending(userId?: string): Promise<number>;
}
