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
  /** Every other plan of the subject and grade, newest first, to copy from. */
  readonly others: readonly OtherPlan[];
}

export interface OtherPlan {
  readonly plan: CalendarPlanRow;
  readonly yearName: string;
  readonly authorName: string;
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
  const rest = all.filter((p) => p !== current).sort(newestFirst);
  const [years, authors] = await Promise.all([
    liveRows(db, 'academicYears').bulkGet(rest.map((p) => p.academicYearId)),
    liveRows(db, 'staff').bulkGet(rest.map((p) => p.authorId)),
  ]);
  const yearName = new Map(years.map((y) => [y.id, y.name]));
  const authorName = new Map(authors.map((a) => [a.id, `${a.surname} ${a.name}`]));
  const others = rest.map((plan) => ({ plan, yearName: yearName.get(plan.academicYearId) ?? '', authorName: authorName.get(plan.authorId) ?? '' }));
  return { current, others };
}

/** The stamp of the row's last write: HLC stamps sort as strings in time order. */
function lastChange(row: CalendarPlanRow): string {
  return Object.values(row.clocks).reduce((a, b) => (a > b ? a : b), '');
}
