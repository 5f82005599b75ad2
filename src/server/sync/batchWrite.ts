/**
 * Stores decided batches in one statement: their changed rows (new ones and the rest, see
 * recordStore.ts for the columns), the school's new log head, each (device, user) stream's
 * `last_seq`, and the refusals. One round trip whatever the batch: a region's morning is
 * hundreds of small batches a second, and every statement costs a round trip and a wake-up
 * of the database (the profile in tests/bench/syncRegionMorning.ts) more than its rows.
 */
import type { Rejection } from '@/sync/protocol';
import type { SqlExecutor } from '../storage/database';
import type { StoredRecord } from './recordStore';
import { ArrayParam, type ArrayElementType } from '../storage/arrayParam';
import { packClocks } from './storedClocks';

export interface BatchWrite {
  /**
   * Rows the batch looked up under the school's lock (statement 2 of applyMutations.ts) and
   * found absent: inserted without a conflict check. Every writer of `records` holds that
   * lock, so none can appear meanwhile; the check (a second descent of the key's index
   * before each insert) cost PostgreSQL a seventh of a school day's CPU.
   */
  newRecords: readonly StoredRecord[];
  /** Every other changed row, stored over what is there (a conflict row recorded twice is one row). */
  records: readonly StoredRecord[];
  /** The school's log head after the batch (unchanged when it stored nothing). */
  headSeq: number;
  /** The server clock's greatest stamp after the batch: the school's clock floor for every process. */
  clockStamp: string;
  deviceId: string;
  /** Each (device, user) stream's new `last_seq`: one a person whose changes the write decides. */
  streams: ReadonlyArray<{ userId: string; lastSeq: number }>;
  /** Refusals decided now, each of its person's stream, kept so a replay is answered the same (S3). */
  rejections: ReadonlyArray<Rejection & { userId: string }>;
}

export async function writeBatch(tx: SqlExecutor, schoolId: string, batch: BatchWrite): Promise<void> {
  await tx.query(WRITE_SQL, [
    schoolId,
    batch.headSeq,
    batch.deviceId,
    JSON.stringify(batch.streams.map((s) => ({ user_id: s.userId, last_seq: s.lastSeq }))),
    JSON.stringify(
      batch.rejections.map((r) => ({ user_id: r.userId, seq: r.seq, tbl: r.table, row_id: r.id, reason: r.reason, issues: r.issues ?? null })),
    ),
    batch.clockStamp,
    ...recordColumns(batch.newRecords, batch.deviceId),
    ...recordColumns(batch.records, batch.deviceId),
  ]);
}

/** A column of `records` as the statement takes it: one array over the batch's rows. */
interface RecordColumn {
  name: string;
  type: ArrayElementType;
  of(record: StoredRecord, deviceId: string): unknown;
}

const RECORD_COLUMNS: readonly RecordColumn[] = [
  { name: 'tbl', type: 'text', of: (r) => r.tbl },
  { name: 'id', type: 'text', of: (r) => r.id },
  { name: 'data', type: 'jsonb', of: (r) => r.data },
  { name: 'clocks', type: 'jsonb', of: (r) => packClocks(r.data, r.clocks) },
  { name: 'seq', type: 'int8', of: (r) => r.seq },
  // The writer only when it is not the request's device (`""` for none): a school day's rows
  // are nearly all the laptop's own, and its id on every row was a fifteenth of the statement.
  { name: 'writer', type: 'text', of: (r, deviceId) => (r.writer_device === deviceId ? null : (r.writer_device ?? '')) },
  { name: 'run_prev_seq', type: 'int8', of: (r) => r.run_prev_seq },
  { name: 'audience', type: 'text', of: (r) => r.audience },
  { name: 'pupil_id', type: 'text', of: (r) => r.pupil_id },
  { name: 'class_set_id', type: 'text', of: (r) => r.class_set_id },
];

/** `unnest($n::text[], ...) AS x(tbl, id, ...)` over the record columns from parameter `$first`. */
function unnestRecords(first: number): string {
  const arrays = RECORD_COLUMNS.map((column, k) => `$${first + k}::${column.type}[]`).join(', ');
  return `unnest(${arrays}) AS x(${RECORD_COLUMNS.map((column) => column.name).join(', ')})`;
}

/** The records' columns, one array each (arrayParam.ts). */
function recordColumns(records: readonly StoredRecord[], deviceId: string): ArrayParam[] {
  return RECORD_COLUMNS.map(
    (column) =>
      new ArrayParam(
        column.type,
        records.map((record) => column.of(record, deviceId)),
      ),
  );
}

/**
 * The statement, made once: `$1` school, `$2` head, `$3` device, `$4` streams, `$5`
 * refusals, `$6` clock, then the new rows' columns and the other rows'.
 */
const WRITE_SQL = `WITH inserted AS (
       INSERT INTO records (school_id, tbl, id, data, clocks, seq, writer_device, run_prev_seq, audience, pupil_id, class_set_id)
       SELECT $1, x.tbl, x.id, x.data, x.clocks, x.seq, NULLIF(COALESCE(x.writer, $3), ''), x.run_prev_seq, x.audience, x.pupil_id, x.class_set_id
         FROM ${unnestRecords(7)}
       RETURNING 1
     ), stored AS (
       INSERT INTO records (school_id, tbl, id, data, clocks, seq, writer_device, run_prev_seq, audience, pupil_id, class_set_id)
       SELECT $1, x.tbl, x.id, x.data, x.clocks, x.seq, NULLIF(COALESCE(x.writer, $3), ''), x.run_prev_seq, x.audience, x.pupil_id, x.class_set_id
         FROM ${unnestRecords(7 + RECORD_COLUMNS.length)}
       ON CONFLICT (school_id, tbl, id) DO UPDATE SET
         data = EXCLUDED.data, clocks = EXCLUDED.clocks, seq = EXCLUDED.seq,
         writer_device = EXCLUDED.writer_device, run_prev_seq = EXCLUDED.run_prev_seq,
         audience = EXCLUDED.audience, pupil_id = EXCLUDED.pupil_id, class_set_id = EXCLUDED.class_set_id
       RETURNING 1
     ), head AS (
       UPDATE schools SET head_seq = $2::bigint, clock_stamp = $6 WHERE id = $1 AND head_seq <> $2::bigint RETURNING 1
     ), stream AS (
       UPDATE device_streams d SET last_seq = x.last_seq
         FROM jsonb_to_recordset($4::jsonb) AS x(user_id text, last_seq bigint)
        WHERE d.school_id = $1 AND d.device_id = $3 AND d.user_id = x.user_id RETURNING 1
     ), refused AS (
       INSERT INTO rejections (school_id, device_id, user_id, seq, tbl, row_id, reason, issues)
       SELECT $1, $3, x.user_id, x.seq, x.tbl, x.row_id, x.reason, x.issues
         FROM jsonb_to_recordset($5::jsonb) AS x(user_id text, seq bigint, tbl text, row_id text, reason text, issues jsonb)
       ON CONFLICT DO NOTHING
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM inserted) + (SELECT count(*) FROM stored) AS stored`;
