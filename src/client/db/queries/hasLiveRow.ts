/** Whether a row with this id exists and is not tombstoned (read at the moment of asking). */
import type { TableName } from '../../../domain/tables';
import type { SandyqDb } from '../db';

export async function hasLiveRow(db: SandyqDb, table: TableName, id: string): Promise<boolean> {
  const row = await db.records(table).get(id);
  return row !== undefined && row.deleted !== true;
}
