/**
 * Settling a conflict: a value that lost a concurrent edit (the server recorded it as a
 * `conflicts` row). Restoring writes the losing value again as a new change, with a new
 * stamp, so it now wins everywhere, then closes the conflict; dismissing only closes it.
 * Either way the conflict row records who settled it and when, and syncs like any row.
 * Any table's conflicts: the register's today, a gradebook's or a shared plan's next.
 */
import { ConflictStatus } from '@/domain/entities/conflict';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import type { RecordPatch, RowOf } from '../db/recordRow';
import { updateRecord } from '../db/writeRecord';

export interface Resolver {
  /** The member of staff settling it, when known. */
  readonly staffId?: string | undefined;
  /** Unix ms, from the caller's clock. */
  readonly now: number;
}

type ConflictRow = Pick<RowOf<'conflicts'>, 'id' | 'table' | 'rowId' | 'field' | 'losingValue'>;

async function close(db: SandyqDb, author: Author, conflict: ConflictRow, status: ConflictStatus, resolver: Resolver): Promise<void> {
  await updateRecord(db, author, 'conflicts', conflict.id, {
    status,
    resolvedAt: resolver.now,
    ...(resolver.staffId !== undefined ? { resolvedById: resolver.staffId } : {}),
  });
}

export async function restoreConflict(db: SandyqDb, author: Author, conflict: ConflictRow, resolver: Resolver): Promise<void> {
  const patch = { [conflict.field]: conflict.losingValue ?? null } as RecordPatch<typeof conflict.table>;
  await updateRecord(db, author, conflict.table, conflict.rowId, patch);
  await close(db, author, conflict, ConflictStatus.restored, resolver);
}

export async function dismissConflict(db: SandyqDb, author: Author, conflict: ConflictRow, resolver: Resolver): Promise<void> {
  await close(db, author, conflict, ConflictStatus.dismissed, resolver);
}
