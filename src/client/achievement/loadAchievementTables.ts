/**
 * Everything the school's achievement report needs for one academic year, each table read
 * once: the year's class sets, the school's pupils and enrolments, the assignments given to
 * those class sets with their assessments, the marks typed there, the attempts at those
 * assignments and their results, the grading policies and the subjects.
 *
 * Why not `readGradebook` per class set × subject × quarter: a school of 10 class sets and
 * 15 subjects is 600 gradebooks, each opening ten tables; here each table is one query by
 * `schoolId` (a single `getAll`: `liveRows` leaves tombstones out after it) and every figure
 * is worked out in memory by the gradebook's own `buildGradebook` (`schoolTermMarks`). Rows of other years and of self-study are
 * dropped here.
 */
import type { TableName } from '@/domain/tables';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { readAcademicYears } from '../db/queries/readAcademicYears';
import type { RowOf } from '../db/recordRow';
import type { GradebookSources } from '@/domain/gradebook/gradebookSources';

export interface AchievementTables extends GradebookSources {
  /** The chosen year; undefined when the school has none yet. */
  readonly year: RowOf<'academicYears'> | undefined;
  readonly subjects: readonly RowOf<'subjects'>[];
}

/** The year asked for, else the one holding `today`, else the latest. */
export function chooseYear<Y extends RowOf<'academicYears'>>(years: readonly Y[], yearId: string | undefined, today: string): Y | undefined {
  return years.find((y) => y.id === yearId) ?? years.find((y) => y.startsOn <= today && today <= y.endsOn) ?? years.at(-1);
}

export async function loadAchievementTables(db: SandyqDb, schoolId: string, yearId: string | undefined, today: string): Promise<AchievementTables> {
  const read = <T extends TableName>(table: T) => liveRows(db, table).where('schoolId', schoolId);
  const [years, allClassSets, pupils, enrolments, policies, subjects, allAssignments, allMarks, schoolAttempts, schoolResults] = await Promise.all([
    readAcademicYears(db, schoolId),
    read('classSets'),
    read('pupils'),
    read('enrolments'),
    read('gradingPolicies'),
    read('subjects'),
    read('assignments'),
    read('marks'),
    read('attempts'),
    read('attemptResults'),
  ]);
  const year = chooseYear(years, yearId, today);
  const classSets = allClassSets.filter((c) => c.academicYearId === year?.id);
  const ofYear = new Set(classSets.map((c) => c.id as string));
  // Only assessments given to the year's class sets are gradebook columns; resources and lessons given to study are not.
  const assignments = allAssignments.filter((a) => a.assessmentId !== undefined && ofYear.has(a.classSetId ?? ''));
  const assessments = await liveRows(db, 'assessments').bulkGet(assignments.map((a) => a.assessmentId!));
  const marks = allMarks.filter((m) => ofYear.has(m.classSetId));
  // Attempts at other assignments (self-study, other years) and their results are left here.
  const gradebookAssignments = new Set(assignments.map((a) => a.id as string));
  const attempts = schoolAttempts.filter((a) => gradebookAssignments.has(a.assignmentId ?? ''));
  const attemptIds = new Set(attempts.map((a) => a.id as string));
  const attemptResults = schoolResults.filter((r) => attemptIds.has(r.attemptId));
  // Conflicts only matter to the gradebook's cells on screen, never to a term mark.
  return { years, year, classSets, pupils, enrolments, assignments, assessments, marks, attempts, attemptResults, policies, subjects, conflicts: [] };
}
