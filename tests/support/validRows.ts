/**
 * A valid row of any synced table, for tests that write every table (the security matrix):
 * the domain fixtures' one valid entity per table (tests/unit/domain/entities/fixtures.ts,
 * so there is one list to keep up with the schemas), with its references pointed at a real
 * school's ids. Only the top-level references that decide who may read or write a row
 * (pupil, class set) and the common staff/subject/year ones are replaced; nested ids stay
 * as they are, which the server accepts (it does not check references).
 */
import type { TableName } from '@/domain/tables';
import type { DemoSchool } from '@/server/demo/buildDemoSchool';
import { valid } from '../unit/domain/entities/fixtures';

export interface RowRefs {
  pupilId: string;
  classSetId: string;
  subjectId: string;
  academicYearId: string;
  staffId: string;
  /** Who writes the row, where the row names its writer (a lesson observation's observer). */
  writerStaffId: string;
}

const REFERENCES: Record<string, keyof RowRefs> = {
  pupilId: 'pupilId',
  classSetId: 'classSetId',
  subjectId: 'subjectId',
  academicYearId: 'academicYearId',
  authorId: 'staffId',
  teacherId: 'staffId',
  assignedById: 'staffId',
  observerId: 'writerStaffId',
};

/** The fields of a valid `table` row that belongs to `refs.pupilId` and `refs.classSetId` where the table has such fields. */
export function validRow(table: TableName, refs: RowRefs, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const row = valid(table);
  for (const [field, ref] of Object.entries(REFERENCES)) if (field in row) row[field] = refs[ref];
  if (table === 'pupils') row.classSetId = refs.classSetId;
  return { ...row, ...overrides };
}

/**
 * The demo school's ids for a pupil of it (their class set) and its first subject, year and
 * staff member; `writerStaffId` is the staff record of whoever writes the rows (a row that
 * names its writer must name them: `src/sync/fieldWriters.ts`), and `staffId` then another.
 */
export function demoRowRefs(demo: DemoSchool, pupilId: string, writerStaffId?: string): RowRefs {
  const first = (table: TableName) => demo.records.find((r) => r.table === table)!;
  const staff = demo.records.filter((r) => r.table === 'staff' && r.id !== writerStaffId);
  const pupil = demo.records.find((r) => r.table === 'pupils' && r.id === pupilId);
  if (!pupil) throw new Error(`No demo pupil ${pupilId}`);
  return {
    pupilId,
    classSetId: String(pupil.fields.classSetId),
    subjectId: first('subjects').id,
    academicYearId: first('academicYears').id,
    staffId: staff[0]!.id,
    writerStaffId: writerStaffId ?? staff[1]!.id,
  };
}
