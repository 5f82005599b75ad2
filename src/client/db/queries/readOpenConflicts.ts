/**
 * The open conflicts of some rows of one table: values that lost a concurrent edit on
 * another device and are waiting for someone to restore or dismiss them.
 */
import type { TableName } from '../../../domain/tables';
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';

export async function readOpenConflicts(db: SandyqDb, table: TableName, rowIds: readonly string[]): Promise<RowOf<'conflicts'>[]> {
  if (rowIds.length === 0) return [];
  const rows = await db
    .rows('conflicts')
    .where('[table+rowId]')
    .anyOf(rowIds.map((id) => [table, id]))
    .toArray();
  return rows.filter((c) => c.deleted !== true && c.status === 'open');
}
