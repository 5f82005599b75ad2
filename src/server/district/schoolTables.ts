/**
 * Everything one school's district summary is computed from, read from the server's
 * `records` in one query by school (the primary key's prefix): the tables the school's own
 * achievement report reads (`src/client/achievement/loadAchievementTables.ts`) and the
 * lessons and attendance marks. Tombstones are left out, as `liveRows` leaves them out on
 * the laptop; the school's link measurements; and the Digital teacher programme's records,
 * whose checkpoints give growth (their staff-only fields are read by nothing here). Rows written in an older schema are read as their reader migrates them.
 */
import type { TableName } from '@/domain/tables';
import type { SqlExecutor } from '../storage/database';
import type { SyncedRowOf as RowOf } from '@/domain/entities';

export const SUMMARY_TABLES = [
  'academicYears',
  'classSets',
  'pupils',
  'enrolments',
  'gradingPolicies',
  'subjects',
  'assignments',
  'assessments',
  'marks',
  'attempts',
  'attemptResults',
  'lessonSessions',
  'attendanceMarks',
  'linkMeasurements',
  'welfareRecords',
] as const satisfies readonly TableName[];

export type SummaryTable = (typeof SUMMARY_TABLES)[number];
export type SchoolTables = { readonly [T in SummaryTable]: readonly RowOf<T>[] };

export async function loadSchoolTables(db: SqlExecutor, schoolId: string): Promise<SchoolTables> {
  const rows = await db.query<{ tbl: SummaryTable; id: string; data: Record<string, unknown> }>(
    `SELECT tbl, id, data FROM records
      WHERE school_id = $1 AND tbl = ANY($2::text[]) AND data->'deleted' IS DISTINCT FROM 'true'::jsonb`,
    [schoolId, SUMMARY_TABLES],
  );
  const tables = Object.fromEntries(SUMMARY_TABLES.map((t) => [t, [] as unknown[]])) as Record<SummaryTable, unknown[]>;
  for (const r of rows) tables[r.tbl].push(migrated(r.tbl, { ...r.data, id: r.id, schoolId }));
  return tables as unknown as SchoolTables;
}

/** The one schema change of these tables so far: a class set's `grade` became `grades` (classSets v2). */
function migrated(table: SummaryTable, row: Record<string, unknown>): Record<string, unknown> {
  if (table === 'classSets' && row.grades === undefined && typeof row.grade === 'number') return { ...row, grades: [row.grade] };
  return row;
}
