/**
 * Reading and trimming the outbox, for the sync client and the pending-changes badge.
 * Entries are only ever added by `commitLocalWrite` and removed here once the server has
 * acknowledged them (rule S5); nothing else edits them. A pulled row never changes the
 * outbox: a pending value that lost on this device is still pushed, and loses again on the
 * server, which records it as a conflict (rules P5, S4) rather than dropping it here.
 */
import type { SandyqDb } from './db';
import { guardStorage } from './guardStorage';
import type { PendingChange } from './outboxEntry';

/** Changes not yet acknowledged by the server: all of them, or one user's. */
export function countPending(db: SandyqDb, userId?: string): Promise<number> {
  return userId === undefined ? db.$outbox.count() : db.$outbox.where('userId').equals(userId).count();
}

/** The oldest `limit` pending changes of one user, in `seq` order (their push order, S1). */
export async function readOutbox(db: SandyqDb, userId: string, limit: number): Promise<PendingChange[]> {
  // Entries with equal `userId` sit in the index in primary-key (`seq`) order.
  const entries = await db.$outbox.where('userId').equals(userId).limit(limit).toArray();
  return entries as PendingChange[];
}

/** Users with changes waiting, so the app can ask each to sign in and sync. */
export async function pendingUserIds(db: SandyqDb): Promise<string[]> {
  const keys = await db.$outbox.orderBy('userId').uniqueKeys();
  return keys.map(String);
}

/**
 * Removes one user's entries with `seq ≤ upToSeq` (the server's `ackUpToSeq` for that
 * user's stream); other users' entries stay, whatever their seq. Returns how many went.
 */
export function acknowledgeOutbox(db: SandyqDb, userId: string, upToSeq: number): Promise<number> {
  return guardStorage(db, () =>
    db.$outbox
      .where('userId')
      .equals(userId)
      .and((entry) => entry.seq !== undefined && entry.seq <= upToSeq)
      .delete(),
  );
}
