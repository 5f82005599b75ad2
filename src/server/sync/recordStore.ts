/**
 * SQL for the `records` table: every synced row of every school, stored as its merged
 * fields and per-field stamps (packed, storedClocks.ts), with the columns the pull filter
 * needs. Batched: a school day of 1,150 changes is one read and one write statement
 * (batchWrite.ts), not a thousand round trips.
 */
import type { SqlExecutor } from '../storage/database';
import type { TableName } from '@/domain/tables';
import type { Audience } from '@/sync/tableRules';
import { ArrayParam } from '../storage/arrayParam';
import { unpackClocks } from './storedClocks';

export interface StoredRecord {
  tbl: TableName;
  id: string;
  data: Record<string, unknown>;
  clocks: Record<string, string>;
  seq: number;
  writer_device: string | null;
  run_prev_seq: number;
  audience: Audience;
  pupil_id: string | null;
  class_set_id: string | null;
}

export const recordKey = (table: string, id: string) => `${table}\u0000${id}`;

export async function loadRecords(
  tx: SqlExecutor,
  schoolId: string,
  keys: ReadonlyArray<{ table: string; id: string }>,
): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  if (keys.length === 0) return found;
  const rows = await tx.query<StoredRecord>(
    `SELECT r.tbl, r.id, r.data, r.clocks, r.seq, r.writer_device, r.run_prev_seq, r.audience, r.pupil_id, r.class_set_id
       FROM records r
       JOIN (SELECT * FROM unnest($2::text[], $3::text[]) AS k(tbl, id)) k ON k.tbl = r.tbl AND k.id = r.id
      WHERE r.school_id = $1`,
    // In the binary array format (arrayParam.ts): given JavaScript arrays, pg escaped every
    // key into one array literal, built piece by piece (a twentieth of what the server
    // allocated in a school day), which PostgreSQL then lexed back.
    [
      schoolId,
      new ArrayParam(
        'text',
        keys.map((k) => k.table),
      ),
      new ArrayParam(
        'text',
        keys.map((k) => k.id),
      ),
    ],
  );
  for (const r of rows) {
    r.clocks = unpackClocks(r.data, r.clocks);
    found.set(recordKey(r.tbl, r.id), r);
  }
  return found;
}
