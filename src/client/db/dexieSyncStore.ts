/**
 * The sync client's storage on the device (`SyncStore` over Dexie). Each method is one
 * transaction, so a tab closed or a power cut between any two steps leaves the device in
 * a state the next pass continues from: acknowledged entries gone with their rejections
 * kept, or neither; a page's rows stored with its cursor, or neither.
 */
import { RejectionReason, type Mutation, type PulledRow, type Rejection } from '@/sync/protocol';
import { TABLE_NAMES, type TableName } from '@/domain/tables';
import type { LocalOutboxEntry } from './outboxEntry';
import type { SyncStore } from '../sync/syncStore';
import type { SandyqDb } from './db';
import { getDeviceIdentity } from './deviceIdentity';
import { guardStorage } from './guardStorage';
import { receiveServerTime, restartClockFrom, tickLocalClock } from './localClock';
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
      return entries.map(({ seq, table, id, schoolId, kind, fields, clocks, bases }): Mutation => ({
        seq,
        table,
        id,
        schoolId,
        kind,
        fields,
        clocks,
        ...(bases ? { bases } : {}),
      }));
    },
    acknowledge(userId, upToSeq, rejected, serverStamp) {
      const tables = [...new Set(rejected.map((r) => r.table))].filter(isTableName).map((t) => db.records(t));
      return guardStorage(db, () =>
        db.transaction('rw', [db.$outbox, db.$rejections, db.$syncState, ...tables], async () => {
          // Keys only (the index holds a user's entries in seq order): reading every acked
          // entry's value just to delete it cost more than the rest of a push on the device.
          const ackedSeqs = (await db.$outbox.where('userId').equals(userId).primaryKeys()).filter((seq) => seq <= upToSeq);
          if (rejected.length > 0) {
            const acked = new Set(ackedSeqs);
            const mine = rejected.filter((r) => acked.has(r.seq)); // others: a replayed rejection already handled
            const entries = await db.$outbox.bulkGet(mine.map((r) => r.seq));
            const late = mine.filter((r) => r.reason === RejectionReason.stampAhead);
            if (late.length > 0) await restartClockFrom(db, serverStamp);
            for (const [i, r] of mine.entries()) {
              const entry = entries[i];
              if (!entry) continue;
              if (r.reason === RejectionReason.stampAhead) {
                await restampRefused(db, entry);
                continue;
              }
              await db.$rejections.put({
                seq: r.seq,
                userId,
                table: r.table as TableName,
                rowId: r.id,
                reason: r.reason,
                ...(r.issues ? { issues: r.issues } : {}),
                fields: entry.fields,
                rejectedAt: db.env.now(),
              });
              // Nothing to put back: a newer client's table, or only its unknown fields were refused (V3).
              if (r.reason === RejectionReason.unsupported || r.reason === RejectionReason.unknownFields || !isTableName(r.table)) continue;
              await undoRejected(db, r, entry.fields, acked);
            }
          }
          await db.$outbox.bulkDelete(ackedSeqs);
        }),
      );
    },
    async storePage(rows: readonly PulledRow[], cursor: string, serverTime: number) {
      await applyRemoteChanges(db, rows, { cursor, serverTime });
    },
    async readCursor() {
      return (await readSyncState(db.$syncState, 'pullCursor')) ?? null;
    },
    storeCursor(cursor) {
      return guardStorage(db, () => writeSyncState(db.$syncState, 'pullCursor', cursor));
    },
    receiveServerTime(header) {
      return guardStorage(db, () => receiveServerTime(db, header));
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
  const table = db.records(r.table as TableName);
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

const KNOWN_TABLES = new Set<string>(TABLE_NAMES);
function isTableName(table: string): table is TableName {
  return KNOWN_TABLES.has(table);
}

/**
 * C4: a change the server refused because this device's clock ran too far ahead is not
 * lost and not undone: it goes back in the outbox with a stamp from the restarted clock,
 * and the local row's fields that still carry the refused stamp take the new one.
 */
async function restampRefused(db: SandyqDb, entry: LocalOutboxEntry): Promise<void> {
  const stamp = await tickLocalClock(db);
  const { seq: _seq, ...rest } = entry;
  const clocks = Object.fromEntries(Object.keys(entry.clocks).map((field) => [field, stamp]));
  await db.$outbox.add({ ...rest, clocks });
  if (!isTableName(entry.table)) return;
  const row = await db.records(entry.table).get(entry.id);
  if (!row) return;
  const next = { ...row, clocks: { ...row.clocks } };
  for (const [field, refused] of Object.entries(entry.clocks)) if (next.clocks[field] === refused) next.clocks[field] = stamp;
  await db.records(entry.table).put(next);
}
