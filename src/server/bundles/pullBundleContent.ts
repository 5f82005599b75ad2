/**
 * What a pull bundle holds for a scope: the rows a pull would give its reader, in pages, and
 * the resource files of the chosen lessons.
 *
 * - `school`: every row a school staff laptop pulls (the head's pull, `pullRows` from 0), so
 *   a staff laptop that stores it all may store the bundle's cursor and pull only what came
 *   after.
 * - `classSet`: what any pupil of the class set may read (school rows and the class set's),
 *   as `readAccess.ts` hands it to a pupil (no answer keys, no classmate's ids), without any
 *   one pupil's own rows: a content pack for the class's devices.
 */
import { Role } from '@/domain/roles';
import { isOfflineCapable, type ResourceFile } from '@/domain/entities/resource';
import { isTableName } from '@/domain/tables';
import { clocksSeenBy, fieldsSeenBy, mayRead, rowAccessOf, SCHOOL_STAFF_READER_ROLES, type Reader } from '@/sync/readAccess';
import { formatCursor, type PulledRow } from '@/sync/protocol';
import { BUNDLE_ROWS_PER_PAGE, PullScopeKind, type PullScope } from '@/sync/bundleFormat';
import type { SqlExecutor } from '../storage/database';
import type { AuthContext } from '../auth/authContext';
import { pullRows } from '../sync/pullRows';

/** No laptop's own changes are left out of a bundle (P3 applies to a pull, not to a file). */
const NO_DEVICE = '00000000-0000-0000-0000-000000000000';

export async function schoolHead(db: SqlExecutor, schoolId: string): Promise<number> {
  const [school] = await db.query<{ head_seq: number }>('SELECT head_seq FROM schools WHERE id = $1', [schoolId]);
  return Number(school?.head_seq ?? 0);
}

/** The scope's rows, page by page, up to the school's head when it began. */
export async function* scopeRowPages(db: SqlExecutor, schoolId: string, userId: string, scope: PullScope): AsyncGenerator<PulledRow[]> {
  const staff: AuthContext = { schoolId, userId, roles: [Role.head] };
  const pupilOfClass: Reader | undefined =
    scope.kind === PullScopeKind.classSet ? { roles: [Role.pupil], pupilId: '', classSetId: scope.classSetId } : undefined;
  for await (const line of pullRows(db, staff, {
    deviceId: NO_DEVICE,
    fromSeq: 0,
    rowsPerPage: BUNDLE_ROWS_PER_PAGE,
    // Wider windows than pages: a school's log has gaps (rows changed again later).
    windowSeqs: BUNDLE_ROWS_PER_PAGE * 10,
    maxRows: Number.MAX_SAFE_INTEGER,
  })) {
    if (line.type !== 'page') continue;
    if (!pupilOfClass) {
      yield line.rows;
      continue;
    }
    const seen: PulledRow[] = [];
    for (const row of line.rows) {
      if (!isTableName(row.table) || !mayRead(pupilOfClass, rowAccessOf(row.table, row.id, row.fields))) continue;
      const fields = fieldsSeenBy(pupilOfClass, row.table, row.fields);
      seen.push({ ...row, fields, clocks: clocksSeenBy(fields, row.clocks) });
    }
    if (seen.length > 0) yield seen;
  }
}

/** The cursor a staff laptop may store after the whole school bundle: none for a class set. */
export function bundleCursor(scope: PullScope, head: number): string | null {
  return scope.kind === PullScopeKind.school ? formatCursor(head) : null;
}

/**
 * The files of the chosen lesson plans' resources that may be kept offline (`cacheable`, a
 * file of the school's own), each once, only those the school's file store holds.
 */
export async function lessonFiles(db: SqlExecutor, schoolId: string, lessonPlanIds: readonly string[]): Promise<ResourceFile[]> {
  if (lessonPlanIds.length === 0) return [];
  const plans = await db.query<{ data: { stages?: unknown } }>(
    "SELECT data FROM records WHERE school_id = $1 AND tbl = 'lessonPlans' AND id = ANY($2::text[])",
    [schoolId, [...lessonPlanIds]],
  );
  const resourceIds = [...new Set(plans.flatMap((p) => stageResourceIds(p.data.stages)))];
  if (resourceIds.length === 0) return [];
  const resources = await db.query<{ data: { file?: ResourceFile; cacheable?: boolean; deleted?: unknown } }>(
    "SELECT data FROM records WHERE school_id = $1 AND tbl = 'resources' AND id = ANY($2::text[])",
    [schoolId, resourceIds],
  );
  const files = new Map<string, ResourceFile>();
  for (const { data } of resources) {
    if (data.deleted === true || !data.file || !isOfflineCapable({ file: data.file, cacheable: data.cacheable === true })) continue;
    files.set(data.file.sha256, data.file);
  }
  if (files.size === 0) return [];
  const held = await db.query<{ sha256: string }>('SELECT sha256 FROM files WHERE school_id = $1 AND sha256 = ANY($2::text[])', [
    schoolId,
    [...files.keys()],
  ]);
  const heldSet = new Set(held.map((h) => h.sha256));
  return [...files.values()].filter((f) => heldSet.has(f.sha256));
}

/** The resources a plan's stages use (a stage lists the resources shown in it). */
function stageResourceIds(stages: unknown): string[] {
  if (!Array.isArray(stages)) return [];
  return stages.flatMap((stage: { resourceIds?: unknown }) =>
    Array.isArray(stage?.resourceIds) ? stage.resourceIds.filter((r): r is string => typeof r === 'string') : [],
  );
}

/**
 * The sessions a pull bundle is signed for: every live session of the scope's readers (the
 * school's staff; for a class set, its pupils too), so any of them signed in on the laptop
 * that imports it can check the file came from this server.
 */
export async function pullBundleSessions(db: SqlExecutor, schoolId: string, scope: PullScope, now: number): Promise<string[]> {
  const classSetId = scope.kind === PullScopeKind.classSet ? scope.classSetId : null;
  const rows = await db.query<{ token_hash: string }>(
    `SELECT s.token_hash FROM sessions s JOIN users u ON u.school_id = s.school_id AND u.id = s.user_id
      WHERE s.school_id = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND NOT u.disabled
        AND (u.roles && $3::text[]
             OR ($4::text IS NOT NULL AND u.pupil_id IN
                 (SELECT id FROM records WHERE school_id = $1 AND tbl = 'pupils' AND class_set_id = $4)))
      ORDER BY s.token_hash`,
    [schoolId, new Date(now), [...SCHOOL_STAFF_READER_ROLES], classSetId],
  );
  return rows.map((r) => r.token_hash);
}
