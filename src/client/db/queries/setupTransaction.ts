/**
 * Several setup writes that stand or fall together: a pupil's move (close the old
 * enrolment, open the new one, change the pupil), an import of a class list. Each write
 * still goes through `writeRecord` (validation, row + outbox entry, one HLC tick); this
 * opens the one 'rw' transaction over all their tables that those writes then join as
 * Dexie sub-transactions. If any write is refused or the disk fails, IndexedDB rolls all
 * of them back: the head never finds half a move or half a file stored.
 */
import type { TableName } from '@/domain/tables';
import type { SandyqDb } from '../db';
import { guardStorage } from '../guardStorage';

export function writeTogether<R>(db: SandyqDb, tables: readonly TableName[], body: () => Promise<R>): Promise<R> {
  const stores = [...new Set(tables)].map((t) => db.records(t));
  return guardStorage(db, () => db.transaction('rw', [...stores, db.$outbox, db.$syncState], async () => body()));
}
