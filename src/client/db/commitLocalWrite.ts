/**
 * The one place a local write is stored: the row and its outbox entry, stamped by one HLC
 * tick, in the caller's 'rw' transaction over the row's table, `$outbox` and `$syncState`.
 * If anything in that transaction fails (a full disk, a closed database), IndexedDB rolls
 * all of it back: there is never a row change without its outbox entry, nor the reverse.
 * Dexie Cloud's `createMutationTrackingMiddleware` keeps its mutation log the same way.
 *
 * Field values: `null` clears a field. The row then lacks the field but keeps its clock, so a
 * later-stamped clear still beats an older value on every device; the outbox carries `null`.
 */
import { Dexie } from 'dexie';
import type { HlcStamp } from '@/domain/hlc';
import { announceLocalChange } from './localChangeEvents';
import type { TableName } from '@/domain/tables';
import type { ChangeKind } from '@/sync/change';
import type { Author } from './author';
import type { SandyqDb } from './db';
import { tickLocalClock } from './localClock';
import type { LocalOutboxEntry } from './outboxEntry';
import type { RecordData, RecordRow } from './recordRow';

export interface LocalWrite {
  table: TableName;
  id: string;
  kind: ChangeKind;
  /** The row as stored before this write, if any. */
  current: RecordRow | undefined;
  /** Only the fields this write changes; `null` clears one. */
  fields: RecordData;
  /** The schema version of a row this write creates. */
  schemaVersion: number;
}

export async function commitLocalWrite(db: SandyqDb, author: Author, write: LocalWrite): Promise<HlcStamp> {
  const { table, id, kind, current, fields } = write;
  const stamp = await tickLocalClock(db);
  const clocks: Record<string, HlcStamp> = {};
  const bases: Record<string, HlcStamp | null> = {};
  const row: RecordRow = current
    ? { ...current, clocks: { ...current.clocks } }
    : { id, schoolId: author.schoolId, clocks: {}, schemaVersion: write.schemaVersion };
  for (const [field, value] of Object.entries(fields)) {
    clocks[field] = stamp;
    bases[field] = current?.clocks[field] ?? null;
    row.clocks[field] = stamp;
    if (value === null || value === undefined) delete row[field];
    else row[field] = value;
  }
  const entry: LocalOutboxEntry = {
    table,
    id,
    schoolId: row.schoolId,
    kind,
    fields: Object.fromEntries(Object.entries(fields).map(([f, v]) => [f, v ?? null])),
    clocks,
    ...(kind === 'upsert' ? { bases } : {}),
    userId: author.userId,
    createdAt: db.env.now(),
  };
  await db.records(table).put(row);
  await db.$outbox.add(entry);
  announceOnCommit(db.name);
  return stamp;
}

/** Announces the change once IndexedDB commits the outermost transaction (a caller's group of writes), never on a rollback. */
function announceOnCommit(dbName: string): void {
  let tx = Dexie.currentTransaction;
  while (tx?.parent) tx = tx.parent;
  tx?.idbtrans?.addEventListener('complete', () => announceLocalChange(dbName), { once: true });
}
