/**
 * Local writes to mutable tables: create, update, delete. Each is validated first, then
 * stored with its outbox entry in one transaction (`commitLocalWrite`), and returns once
 * IndexedDB has committed: the UI never waits for the network (DESIGN.md, "the one rule").
 *
 * - `createRecord` makes a row with a UUIDv7 id, or the id given (a `derivedId` two devices
 *   share). If that id exists already (the other device's row arrived first), the create
 *   writes its fields over it like an update, and revives the row if it was deleted.
 * - `updateRecord` stamps only the fields whose value changes; a patch that changes nothing
 *   stores nothing and ticks no clock.
 * - `deleteRecord` writes the tombstone `deleted: true`; rows are never removed (rule L3).
 *   `restoreRecord` undoes it with `deleted: false`.
 * Append-only tables are written with `appendRecord` only.
 *
 * Failures: `RecordWriteError` for a refused write (nothing stored), `StorageError` for a
 * storage failure (nothing stored; also reported on `storageEvents`).
 */
import { SCHEMA_VERSIONS } from '@/domain/entities';
import { uuidv7 } from '@/domain/ids';
import { TABLE_KIND, TableKind, type TableName } from '@/domain/tables';
import { sameValue } from '@/sync/mergeRow';
import type { Author } from './author';
import { commitLocalWrite } from './commitLocalWrite';
import type { SandyqDb } from './db';
import { guardStorage } from './guardStorage';
import { dataOf, type NewRecord, type RecordData, type RecordPatch, type RecordRow } from './recordRow';
import { RecordWriteError, RecordWriteErrorReason as Reason } from './recordWriteError';
import { validateNewRecord, validatePatch } from './validateRecord';

export interface CreateRecordOptions {
  /** A caller-made id, e.g. `derivedId(sessionId, pupilId)`; default: a new UUIDv7. */
  id?: string;
}

export function newRecordId(db: SandyqDb): string {
  return uuidv7(db.env.now(), db.env.randomBytes(10));
}

export async function createRecord<T extends TableName>(
  db: SandyqDb,
  author: Author,
  table: T,
  data: NewRecord<T>,
  options: CreateRecordOptions = {},
): Promise<string> {
  refuseAppendOnly(table);
  const values = validateNewRecord(table, data as RecordData);
  const id = options.id ?? newRecordId(db);
  await write(db, table, async () => {
    const current = await db.records(table).get(id);
    if (!current) {
      await commitLocalWrite(db, author, { table, id, kind: 'upsert', current, fields: values, schemaVersion: SCHEMA_VERSIONS[table] });
      return;
    }
    checkSchool(table, current, author);
    const patched = changedFields(current, validatePatch(table, dataOf(current), values));
    const fields = current.deleted === true ? { ...patched, deleted: false } : patched;
    if (Object.keys(fields).length === 0) return;
    await commitLocalWrite(db, author, { table, id, kind: 'upsert', current, fields, schemaVersion: current.schemaVersion });
  });
  return id;
}

/** Returns the names of the fields that changed (empty: nothing was stored). */
export async function updateRecord<T extends TableName>(
  db: SandyqDb,
  author: Author,
  table: T,
  id: string,
  patch: RecordPatch<T>,
): Promise<string[]> {
  refuseAppendOnly(table);
  return write(db, table, async () => {
    const current = await liveRow(db, table, id, author);
    const fields = changedFields(current, validatePatch(table, dataOf(current), patch as RecordData));
    if (Object.keys(fields).length === 0) return [];
    await commitLocalWrite(db, author, { table, id, kind: 'upsert', current, fields, schemaVersion: current.schemaVersion });
    return Object.keys(fields);
  });
}

/** Marks the row deleted (a tombstone that syncs); deleting a deleted row stores nothing. */
export function deleteRecord(db: SandyqDb, author: Author, table: TableName, id: string): Promise<void> {
  return setDeleted(db, author, table, id, true);
}

/** Undoes a delete (`deleted: false`, a newer stamp); restoring a live row stores nothing. */
export function restoreRecord(db: SandyqDb, author: Author, table: TableName, id: string): Promise<void> {
  return setDeleted(db, author, table, id, false);
}

async function setDeleted(db: SandyqDb, author: Author, table: TableName, id: string, deleted: boolean): Promise<void> {
  refuseAppendOnly(table);
  await write(db, table, async () => {
    const current = await db.records(table).get(id);
    if (!current) throw new RecordWriteError(Reason.notFound, table);
    checkSchool(table, current, author);
    if ((current.deleted === true) === deleted) return;
    const fields = { deleted };
    await commitLocalWrite(db, author, { table, id, kind: 'upsert', current, fields, schemaVersion: current.schemaVersion });
  });
}

/**
 * One 'rw' transaction over the row's table, the outbox and the clock. The scope is an
 * `async` function on purpose: Dexie keeps native awaits inside the transaction only then.
 */
function write<R>(db: SandyqDb, table: TableName, body: () => Promise<R>): Promise<R> {
  return guardStorage(db, () => db.transaction('rw', [db.records(table), db.$outbox, db.$syncState], async () => body()));
}

function refuseAppendOnly(table: TableName): void {
  if (TABLE_KIND[table] === TableKind.appendOnly) throw new RecordWriteError(Reason.appendOnly, table);
}

function checkSchool(table: TableName, row: RecordRow, author: Author): void {
  if (row.schoolId !== author.schoolId) throw new RecordWriteError(Reason.wrongSchool, table);
}

/** The row to update: it must exist, be the author's school's, and not be deleted. */
async function liveRow(db: SandyqDb, table: TableName, id: string, author: Author): Promise<RecordRow> {
  const row = await db.records(table).get(id);
  if (!row || row.deleted === true) throw new RecordWriteError(Reason.notFound, table);
  checkSchool(table, row, author);
  return row;
}

/** The entries of `values` that differ from the row (`null` and absent are the same). */
function changedFields(row: RecordRow, values: RecordData): RecordData {
  const changed: RecordData = {};
  for (const [field, value] of Object.entries(values)) {
    if (!sameValue(row[field] ?? null, value ?? null)) changed[field] = value;
  }
  return changed;
}
