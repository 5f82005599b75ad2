/**
 * The sync client's storage on the device (`SyncStore` over Dexie). Each method is one
 * transaction, so a tab closed or a power cut between any two steps leaves the device in
 * a state the next pass continues from: acknowledged entries gone with their rejections
 * kept, or neither; a page's rows stored with its cursor, or neither.
 */
import type { Mutation, PulledRow, Rejection } from '../../sync/protocol';
import type { SyncStore } from '../sync/syncStore';
import type { SandyqDb } from './db';
import { getDeviceIdentity } from './deviceIdentity';
import { guardStorage } from './guardStorage';
import { receiveRemoteStamp } from './localClock';
import { countPending, readOutbox } from './outbox';
import { applyRemoteChanges } from './applyRemoteChanges';
import type { RecordRow } from './recordRow';
import { readSyncState, writeSyncState } from './syncState';

export function dexieSyncStore(db: SandyqDb): SyncStore {
  return {
    async deviceId() {
      return (await getDeviceIdentity(db)).deviceId;
    },
    async readBatch(userId, limit) {
      const entries = await readOutbox(db, userId, limit);
      return entries.map(
        ({ seq, table, id, schoolId, kind, fields, clocks, bases }): Mutation => ({
          seq, table, id, schoolId, kind, fields, clocks, ...(bases ? { bases } : {}),
        }),
      );
    },
    acknowledge(userId, upToSeq, rejected) {
      const tables = [...new Set(rejected.map((r) => r.table))].map((t) => db.records(t));
      return guardStorage(db, () =>
        db.transaction('rw', [db.$outbox, db.$rejections, ...tables], async () => {
          // Keys only (the index holds a user's entries in seq order): reading every acked
          // entry's value just to delete it cost more than the rest of a push on the device.
          const ackedSeqs = (await db.$outbox.where('userId').equals(userId).primaryKeys()).filter((seq) => seq <= upToSeq);
          if (rejected.length > 0) {
            const acked = new Set(ackedSeqs);
            const mine = rejected.filter((r) => acked.has(r.seq)); // others: a replayed rejection already handled
            const entries = await db.$outbox.bulkGet(mine.map((r) => r.seq));
            for (const [i, r] of mine.entries()) {
              const entry = entries[i];
              if (!entry) continue;
              await db.$rejections.put({
                seq: r.seq,
                userId,
                table: r.table,
                rowId: r.id,
                reason: r.reason,
                ...(r.issues ? { issues: r.issues } : {}),
                fields: entry.fields,
                rejectedAt: db.env.now(),
              });
              await undoRejected(db, r, entry.fields, acked);
            }
          }
          await db.$outbox.bulkDelete(ackedSeqs);
        }),
      );
    },
    async storePage(rows: readonly PulledRow[], cursor: string) {
      await applyRemoteChanges(db, rows, { cursor });
    },
    async readCursor() {
      return (await readSyncState(db.$syncState, 'pullCursor')) ?? null;
    },
    storeCursor(cursor) {
      return guardStorage(db, () => writeSyncState(db.$syncState, 'pullCursor', cursor));
    },
    receiveStamp(stamp) {
      return guardStorage(db, () => receiveRemoteStamp(db, stamp));
    },
    countPending(userId) {
      return countPending(db, userId);
    },
  };
}

/**
 * Puts the fields a refused change wrote back to what the server holds, so the device
 * converges with the server. Other pending changes to the row are left to be pushed.
 */
async function undoRejected(db: SandyqDb, r: Rejection, fields: Record<string, unknown>, ackedSeqs: ReadonlySet<number>): Promise<void> {
  const table = db.records(r.table);
  const local = await table.get(r.id);
  if (!local) return;
  const otherPending = await db.$outbox.filter((e) => e.table === r.table && e.id === r.id && !ackedSeqs.has(e.seq!)).count();
  if (!r.row && otherPending === 0) {
    await table.delete(r.id);
    return;
  }
  const next: RecordRow = { ...local, clocks: { ...local.clocks } };
  for (const field of Object.keys(fields)) {
    const serverClock = r.row?.clocks[field];
    const serverValue = r.row?.fields[field];
    if (serverClock !== undefined && serverValue !== null && serverValue !== undefined) {
      next[field] = serverValue;
      next.clocks[field] = serverClock;
    } else {
      delete next[field];
      delete next.clocks[field];
    }
  }
  await table.put(next);
}
