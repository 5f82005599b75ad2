/**
 * The calendar-thematic plans (КТЖ) of one subject and grade on this laptop, every year's
 * and every teacher's: the one in force for the year, and the others a teacher copies from
 * (last year's, a colleague's).
 */
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';

export type CalendarPlanRow = RowOf<'calendarPlans'>;

export interface SubjectPlans {
  /** The year's plan: the teacher's own if there is one, else the most recently changed. */
  readonly current: CalendarPlanRow | undefined;
  /** Every other plan of the subject and grade, newest year first. */
  readonly others: readonly CalendarPlanRow[];
}

export async function readSubjectPlans(
  db: SandyqDb,
  query: { schoolId: string; subjectId: string; grade: number; academicYearId: string; staffId?: string | undefined },
): Promise<SubjectPlans> {
  const all = (await liveRows(db, 'calendarPlans').where('[subjectId+grade]', [query.subjectId, query.grade])).filter(
    (p) => p.schoolId === query.schoolId,
  );
  const newestFirst = (a: CalendarPlanRow, b: CalendarPlanRow) => lastChange(b).localeCompare(lastChange(a));
  const ofYear = all.filter((p) => p.academicYearId === query.academicYearId).sort(newestFirst);
  const current = ofYear.find((p) => p.authorId === query.staffId) ?? ofYear[0];
  const others = all.filter((p) => p !== current).sort(newestFirst);
  return { current, others };
}

/** The stamp of the row's last write: HLC stamps sort as strings in time order. */
function lastChange(row: CalendarPlanRow): string {
  return Object.values(row.clocks).reduce((a, b) => (a > b ? a : b), '');
}
