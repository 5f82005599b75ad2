/**
 * A deleted row stays a row (rule L3: the delete must reach every laptop, even one offline
 * for months), but its content need not: once its delete is older than the school's
 * `tombstone_retention_days` (default 180), the server keeps only what sync needs (the
 * envelope, `deleted`, and the ids that route the row to the right devices) and the stamps
 * of those fields, with the row's shared stamp (`ROW_STAMP`, storedClocks.ts) that stands for
 * those it does not name. The row's seq is not moved: laptops that hold the row keep their
 * copy; a new laptop gets the bare tombstone. Later changes merge into it as into any row.
 */
import { formatStamp } from '@/domain/hlc';
import type { SqlExecutor } from './database';

/** What a bare tombstone keeps. */
export const TOMBSTONE_FIELDS = ['deleted', 'schemaVersion', 'schoolId', 'pupilId', 'classSetId'] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Strips deleted rows past their school's retention; returns how many. */
export async function pruneTombstones(db: SqlExecutor, now: number): Promise<number> {
  const schools = await db.query<{ id: string; days: number }>('SELECT id, tombstone_retention_days AS days FROM schools');
  let pruned = 0;
  for (const school of schools) {
    // Stamps sort as strings; the smallest stamp of the cutoff millisecond bounds them.
    const cutoff = formatStamp({ millis: now - Number(school.days) * DAY_MS, counter: 0, node: '0'.repeat(16) });
    const rows = await db.query(
      `UPDATE records r
          SET data = (SELECT COALESCE(jsonb_object_agg(key, value), '{}'::jsonb) FROM jsonb_each(r.data) WHERE key = ANY($3::text[])),
              clocks = (SELECT COALESCE(jsonb_object_agg(key, value), '{}'::jsonb) FROM jsonb_each(r.clocks) WHERE key = ANY($3::text[]) OR key = '')
        WHERE r.school_id = $1
          AND r.data->'deleted' = 'true'::jsonb
          AND COALESCE(r.clocks->>'deleted', r.clocks->>'') < $2
          AND EXISTS (SELECT 1 FROM jsonb_object_keys(r.data) AS k WHERE k <> ALL($3::text[]))
        RETURNING r.id`,
      [school.id, cutoff, TOMBSTONE_FIELDS],
    );
    pruned += rows.length;
  }
  return pruned;
}

/** Sets how long the school keeps deleted rows' content. */
export async function setTombstoneRetention(db: SqlExecutor, schoolId: string, days: number): Promise<boolean> {
  const rows = await db.query('UPDATE schools SET tombstone_retention_days = $2 WHERE id = $1 RETURNING id', [schoolId, days]);
  return rows.length > 0;
}
