/**
 * Reads the rows a device may see that changed after its cursor, page by page, as the
 * `page` and `end` lines of a sync response. Bounded memory whatever the school's size:
 * keyset pages over (school_id, seq), and at most `maxRows` rows a response.
 *
 * What a device is sent (rules P1-P4 in SPEC.md):
 * - P1 only rows of its user's school, with seq in (cursor, head]; head is read once at the
 *   start, so the end cursor is exact even while other devices write.
 * - P2 only the rows the read rules of `src/sync/readAccess.ts` grant the user, as they
 *   grant them (a pupil sees no other pupil's id in a row's pupil list).
 * - P3 not the rows whose every change since the cursor came from this device (it has them).
 * - P4 the cursor of a page is safe to store once that page is stored.
 */
import { formatCursor, type PulledRow, type SyncEnd, type SyncPage } from '@/sync/protocol';
import type { SqlExecutor } from '../storage/database';
import type { AuthContext } from '../auth/authContext';
import type { TableName } from '@/domain/tables';
import { unpackClocks } from './storedClocks';
import { clocksSeenBy, fieldsSeenBy, grantsEverything, readerKindOf, ReaderKind, readGrants, type Reader } from '@/sync/readAccess';

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
  reader: Reader;
}

/** The reader a request's user is to the read rules, with a pupil's class set looked up. */
export async function readerFor(db: SqlExecutor, ctx: AuthContext): Promise<Reader> {
  if (readerKindOf(ctx.roles) !== ReaderKind.pupil) return { roles: ctx.roles };
  const pupilId = ctx.pupilId ?? '';
  const [pupil] = await db.query<{ class_set_id: string | null }>(
    "SELECT class_set_id FROM records WHERE school_id = $1 AND tbl = 'pupils' AND id = $2",
    [ctx.schoolId, pupilId],
  );
  return { roles: ctx.roles, pupilId, classSetId: pupil?.class_set_id ?? undefined };
}

/** The SQL form of the reader's grants (readAccess.ts), over the columns `records` keeps for them. */
async function scopeFor(db: SqlExecutor, ctx: AuthContext): Promise<Scope> {
  const reader = await readerFor(db, ctx);
  const grants = readGrants(reader);
  if (grantsEverything(grants)) return { where: '', params: [], reader };
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$X${params.length}`;
  };
  // Whole audiences in one test, so a methodologist's filter stays one comparison.
  const whole = grants.filter((g) => g.match === 'all').map((g) => g.audience);
  const clauses = whole.length ? [`audience = ANY(${param(whole)}::text[])`] : [];
  for (const g of grants) {
    if (g.match === 'ownedBy') clauses.push(`(audience = ${param(g.audience)} AND pupil_id = ${param(g.pupilId)})`);
    if (g.match === 'classSet') {
      clauses.push(`(audience = ${param(g.audience)} AND class_set_id = ${param(g.classSetId)}
                 AND (jsonb_typeof(data->'pupilIds') IS DISTINCT FROM 'array' OR data->'pupilIds' @> jsonb_build_array(${param(g.pupilId)}::text)))`);
    }
  }
  return { where: `AND (${clauses.join(' OR ')})`, params, reader };
}

function numbered(where: string, firstIndex: number): string {
  return where.replace(/\$X(\d+)/g, (_, n: string) => `$${firstIndex + Number(n) - 1}`);
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
      const fields = fieldsSeenBy(scope.reader, r.tbl, r.data);
      page.push({ table: r.tbl, id: r.id, schoolId: ctx.schoolId, fields, clocks: clocksSeenBy(fields, unpackClocks(r.data, r.clocks)) });
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
