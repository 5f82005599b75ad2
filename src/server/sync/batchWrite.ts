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
import { JsonbArrayParam } from '../storage/jsonbArrayParam';
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
  await tx.query(
    `WITH inserted AS (
       INSERT INTO records (school_id, tbl, id, data, clocks, seq, writer_device, run_prev_seq, audience, pupil_id, class_set_id)
       SELECT $1, x.t, x.i, x.d, x.c, x.s, NULLIF(COALESCE(x.w, $4), ''), x.r, x.a, x.p, x.k
         FROM jsonb_to_recordset($8::jsonb) AS x(t text, i text, d jsonb, c jsonb, s bigint, w text, r bigint, a text, p text, k text)
       RETURNING 1
     ), stored AS (
       INSERT INTO records (school_id, tbl, id, data, clocks, seq, writer_device, run_prev_seq, audience, pupil_id, class_set_id)
       SELECT $1, x.t, x.i, x.d, x.c, x.s, NULLIF(COALESCE(x.w, $4), ''), x.r, x.a, x.p, x.k
         FROM jsonb_to_recordset($2::jsonb) AS x(t text, i text, d jsonb, c jsonb, s bigint, w text, r bigint, a text, p text, k text)
       ON CONFLICT (school_id, tbl, id) DO UPDATE SET
         data = EXCLUDED.data, clocks = EXCLUDED.clocks, seq = EXCLUDED.seq,
         writer_device = EXCLUDED.writer_device, run_prev_seq = EXCLUDED.run_prev_seq,
         audience = EXCLUDED.audience, pupil_id = EXCLUDED.pupil_id, class_set_id = EXCLUDED.class_set_id
       RETURNING 1
     ), head AS (
       UPDATE schools SET head_seq = $3::bigint, clock_stamp = $7 WHERE id = $1 AND head_seq <> $3::bigint RETURNING 1
     ), stream AS (
       UPDATE device_streams d SET last_seq = x.last_seq
         FROM jsonb_to_recordset($5::jsonb) AS x(user_id text, last_seq bigint)
        WHERE d.school_id = $1 AND d.device_id = $4 AND d.user_id = x.user_id RETURNING 1
     ), refused AS (
       INSERT INTO rejections (school_id, device_id, user_id, seq, tbl, row_id, reason, issues)
       SELECT $1, $4, x.user_id, x.seq, x.tbl, x.row_id, x.reason, x.issues
         FROM jsonb_to_recordset($6::jsonb) AS x(user_id text, seq bigint, tbl text, row_id text, reason text, issues jsonb)
       ON CONFLICT DO NOTHING
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM inserted) + (SELECT count(*) FROM stored) AS stored`,
    [
      schoolId,
      JsonbArrayParam.of(batch.records.map((r) => recordColumns(r, batch.deviceId))),
      batch.headSeq,
      batch.deviceId,
      JSON.stringify(batch.streams.map((s) => ({ user_id: s.userId, last_seq: s.lastSeq }))),
      JSON.stringify(
        batch.rejections.map((r) => ({ user_id: r.userId, seq: r.seq, tbl: r.table, row_id: r.id, reason: r.reason, issues: r.issues ?? null })),
      ),
      batch.clockStamp,
      JsonbArrayParam.of(batch.newRecords.map((r) => recordColumns(r, batch.deviceId))),
    ],
  );
}

/**
 * A record as `$2`'s and `$8`'s JSON carry it: one-letter keys, a null column left out (read as
 * NULL), and the writer only when it is not the request's device (`""` for none).
 * PostgreSQL parses every byte of that statement: the column names spelled out were a
 * tenth of it, and the device's id on every row another fifteenth.
 */
function recordColumns(r: StoredRecord, deviceId: string): Record<string, unknown> {
  // Assigned one by one: an object literal with spreads of optional parts was a slow path.
  const columns: Record<string, unknown> = {
    t: r.tbl,
    i: r.id,
    d: r.data,
    c: packClocks(r.data, r.clocks),
    s: r.seq,
    r: r.run_prev_seq,
    a: r.audience,
  };
  if (r.writer_device !== deviceId) columns.w = r.writer_device ?? '';
  if (r.pupil_id !== null) columns.p = r.pupil_id;
  if (r.class_set_id !== null) columns.k = r.class_set_id;
  return columns;
}
