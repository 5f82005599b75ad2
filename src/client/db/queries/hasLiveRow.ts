/** Whether a row with this id exists and is not tombstoned (read at the moment of asking). */
import type { TableName } from '@/domain/tables';
import type { SandyqDb } from '../db';
import { liveRows } from './liveRows';

export async function hasLiveRow(db: SandyqDb, table: TableName, id: string): Promise<boolean> {
  return (await liveRows(db, table).get(id)) !== undefined;
}
