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
}

const REFERENCES: Record<string, keyof RowRefs> = {
  pupilId: 'pupilId',
  classSetId: 'classSetId',
  subjectId: 'subjectId',
  academicYearId: 'academicYearId',
  authorId: 'staffId',
  teacherId: 'staffId',
  assignedById: 'staffId',
};

/** The fields of a valid `table` row that belongs to `refs.pupilId` and `refs.classSetId` where the table has such fields. */
export function validRow(table: TableName, refs: RowRefs, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const row = valid(table);
  for (const [field, ref] of Object.entries(REFERENCES)) if (field in row) row[field] = refs[ref];
  if (table === 'pupils') row.classSetId = refs.classSetId;
  return { ...row, ...overrides };
}

/** The demo school's ids for a pupil of it (their class set) and its first subject, year and staff member. */
export function demoRowRefs(demo: DemoSchool, pupilId: string): RowRefs {
  const first = (table: TableName) => demo.records.find((r) => r.table === table)!;
  const pupil = demo.records.find((r) => r.table === 'pupils' && r.id === pupilId);
  if (!pupil) throw new Error(`No demo pupil ${pupilId}`);
  return {
    pupilId,
    classSetId: String(pupil.fields.classSetId),
    subjectId: first('subjects').id,
    academicYearId: first('academicYears').id,
    staffId: first('staff').id,
  };
}
