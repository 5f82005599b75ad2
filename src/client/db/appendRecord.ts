/**
 * Local writes to append-only tables (a pupil's quiz attempt, each answer): written once,
 * with their outbox entry, and never changed or deleted after (rule L4). So they never
 * conflict, and a pupil's work on a shared laptop is attributable and cannot be lost to a
 * later edit.
 */
import { SCHEMA_VERSIONS } from '@/domain/entities';
import { TABLE_KIND, TableKind, type TableName } from '@/domain/tables';
import type { Author } from './author';
import { commitLocalWrite } from './commitLocalWrite';
import type { SandyqDb } from './db';
import { guardStorage } from './guardStorage';
import type { NewRecord, RecordData } from './recordRow';
import { RecordWriteError, RecordWriteErrorReason as Reason } from './recordWriteError';
import { validateNewRecord } from './validateRecord';
import { newRecordId, type CreateRecordOptions } from './writeRecord';

/** Stores a new append-only row and returns its id; refuses an id that exists already. */
export async function appendRecord<T extends TableName>(
  db: SandyqDb,
  author: Author,
  table: T,
  data: NewRecord<T>,
  options: CreateRecordOptions = {},
): Promise<string> {
  if (TABLE_KIND[table] !== TableKind.appendOnly) throw new RecordWriteError(Reason.notAppendOnly, table);
  const fields = validateNewRecord(table, data as RecordData);
  const id = options.id ?? newRecordId(db);
  await guardStorage(db, () =>
    db.transaction('rw', [db.records(table), db.$outbox, db.$syncState], async () => {
      if (await db.records(table).get(id)) throw new RecordWriteError(Reason.alreadyExists, table);
      await commitLocalWrite(db, author, {
        table,
        id,
        kind: 'append',
        current: undefined,
        fields,
        schemaVersion: SCHEMA_VERSIONS[table],
      });
    }),
  );
  return id;
}
