/**
 * Reads the rows a device may see that changed after its cursor, page by page, as the
 * `page` and `end` lines of a sync response. Bounded memory whatever the school's size:
 * keyset pages over (school_id, seq), and at most `maxRows` rows a response.
 *
 * What a device is sent (rules P1-P4 in SPEC.md):
 * - P1 only rows of its user's school, with seq in (cursor, head]; head is read once at the
 *   start, so the end cursor is exact even while other devices write.
 * - P2 a pupil receives `school` rows, their own `pupil`/`self` rows and `classSet` rows of
 *   their class set (of those narrowed to some pupils, only the ones naming them, with no
 *   other pupil's id); never `staff` rows nor another pupil's rows or ids. A methodologist
 *   never receives `staff` rows.
 * - P3 not the rows whose every change since the cursor came from this device (it has them).
 * - P4 the cursor of a page is safe to store once that page is stored.
 */
import { Role } from '../../domain/roles';
import { formatCursor, type PulledRow, type SyncEnd, type SyncPage } from '../../sync/protocol';
import type { SqlExecutor } from '../storage/database';
import type { AuthContext } from '../auth/authContext';
import type { TableName } from '../../domain/tables';

export interface PullOptions {
  deviceId: string;
  fromSeq: number;
  rowsPerPage: number;
  maxRows: number;
  /** Log entries (seqs) one query looks at; default `rowsPerPage`. */
  windowSeqs?: number;
}

interface Scope {
  where: string;
  params: unknown[];
  /** Set for a pupil: the one pupil whose id a pulled row's pupil list may show. */
  pupilId?: string;
}

async function scopeFor(db: SqlExecutor, ctx: AuthContext): Promise<Scope> {
  // The widest role decides: school staff see the school; a methodologist (reading for
  // district analytics) never the staff-only rows such as welfare notes; anyone else pulls
  // as a pupil. A methodologist who is also a pupil is not staff.
  const isSchoolStaff = ctx.roles.some((r) => r === Role.head || r === Role.teacher || r === Role.assistant);
  if (isSchoolStaff) return { where: '', params: [] };
  if (ctx.roles.includes(Role.methodologist)) return { where: "AND audience <> 'staff'", params: [] };
  const pupilId = ctx.pupilId ?? '';
  const [pupil] = await db.query<{ class_set_id: string | null }>(
    "SELECT class_set_id FROM records WHERE school_id = $1 AND tbl = 'pupils' AND id = $2",
    [ctx.schoolId, pupilId],
  );
  // A class set's row narrowed to some of its pupils (an assignment's `pupilIds`) is theirs only.
  return {
    where: `AND (audience = 'school'
              OR (audience IN ('pupil', 'self') AND pupil_id = $X1)
              OR (audience = 'classSet' AND class_set_id = $X2
                  AND (jsonb_typeof(data->'pupilIds') IS DISTINCT FROM 'array' OR data->'pupilIds' @> jsonb_build_array($X1::text))))`,
    params: [pupilId, pupil?.class_set_id ?? ''],
    pupilId,
  };
}

function numbered(where: string, firstIndex: number): string {
  return where.replace(/\$X(\d)/g, (_, n: string) => `$${firstIndex + Number(n) - 1}`);
}

export async function* pullRows(db: SqlExecutor, ctx: AuthContext, options: PullOptions): AsyncGenerator<SyncPage | SyncEnd> {
  const [school] = await db.query<{ head_seq: number }>('SELECT head_seq FROM schools WHERE id = $1', [ctx.schoolId]);
  const head = Number(school?.head_seq ?? 0);
  const scope = await scopeFor(db, ctx);
  const base = `FROM records WHERE school_id = $1 AND seq > $2 AND seq <= $3
      AND NOT (writer_device IS NOT DISTINCT FROM $4 AND run_prev_seq <= $5)
      ${numbered(scope.where, 6)}`;
  const baseParams = [ctx.schoolId, options.fromSeq, head, options.deviceId, options.fromSeq, ...scope.params];


  // Keyset pages over bounded seq windows: each query looks at no more than `window` log
  // entries, whatever plan the database picks. Unbounded (`seq > after AND seq <= head`
  // ORDER BY seq LIMIT n), a table without fresh statistics (PGlite never analyzes on its
  // own) got a bitmap scan and a sort of every row up to the head for each page: a first
  // pull of a term (72,000 rows) spent 10-40 s in the database instead of about 1.
  const window = options.windowSeqs ?? options.rowsPerPage;
  let after = options.fromSeq;
  let sent = 0;
  let page: PulledRow[] = [];
  while (after < head && sent + page.length < options.maxRows) {
    const want = Math.min(options.rowsPerPage - page.length, options.maxRows - sent - page.length);
    const upTo = Math.min(head, after + window);
    const rows = await db.query<{ tbl: TableName; id: string; data: Record<string, unknown>; clocks: Record<string, string>; seq: number }>(
      `SELECT tbl, id, data, clocks, seq ${base} AND seq <= $${baseParams.length + 1} ORDER BY seq LIMIT ${want}`,
      [ctx.schoolId, after, ...baseParams.slice(2), upTo],
    );
    for (const r of rows) {
      page.push({
        table: r.tbl,
        id: r.id,
        schoolId: ctx.schoolId,
        fields: scope.pupilId === undefined ? r.data : withOnlyPupil(r.data, scope.pupilId),
        clocks: r.clocks,
      });
    }
    // A full answer may stop inside the window; otherwise the whole window has been seen.
    after = rows.length === want ? Number(rows[rows.length - 1]!.seq) : upTo;
    if (page.length >= options.rowsPerPage) {
      yield { type: 'page', rows: page, cursor: formatCursor(after) };
      sent += page.length;
      page = [];
    }
  }
  if (page.length > 0) {
    yield { type: 'page', rows: page, cursor: formatCursor(after) };
    sent += page.length;
  }
  const hasMore = after < head;
  yield { type: 'end', cursor: formatCursor(hasMore ? after : head), hasMore };
}

/**
 * How many rows a device would be sent from `fromSeq` to the head: told in the answer's
 * header so a long first pull can show "12,000 of 69,000" from its first page on.
 */
export async function countPullRows(db: SqlExecutor, ctx: AuthContext, deviceId: string, fromSeq: number): Promise<number> {
  const [school] = await db.query<{ head_seq: number }>('SELECT head_seq FROM schools WHERE id = $1', [ctx.schoolId]);
  const scope = await scopeFor(db, ctx);
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM records WHERE school_id = $1 AND seq > $2 AND seq <= $3
       AND NOT (writer_device IS NOT DISTINCT FROM $4 AND run_prev_seq <= $5) ${numbered(scope.where, 6)}`,
    [ctx.schoolId, fromSeq, Number(school?.head_seq ?? 0), deviceId, fromSeq, ...scope.params],
  );
  return Number(count?.n ?? 0);
}

/** A pupil's copy of a row listing pupils (an assignment's `pupilIds`) names that pupil alone: never classmates' ids. */
function withOnlyPupil(data: Record<string, unknown>, pupilId: string): Record<string, unknown> {
  return Array.isArray(data.pupilIds) ? { ...data, pupilIds: [pupilId] } : data;
}
