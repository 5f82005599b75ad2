/**
 * The open conflicts of some rows of one table: values that lost a concurrent edit on
 * another device and are waiting for someone to restore or dismiss them.
 */
import type { TableName } from '@/domain/tables';
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';
import { liveRows } from './liveRows';

export async function readOpenConflicts(db: SandyqDb, table: TableName, rowIds: readonly string[]): Promise<RowOf<'conflicts'>[]> {
  const rows = await liveRows(db, 'conflicts').whereAnyOf(
    '[table+rowId]',
    rowIds.map((id) => [table, id]),
  );
  return rows.filter((c) => c.status === 'open');
}
