/**
 * The parent reports of a class set for a quarter, one pupil or the whole class: for each
 * subject with work given that quarter, the gradebook (`readGradebook`: cells and the term
 * mark as the teacher sees them) and the rest of the subject's figures (`pupilSubjectWork`),
 * the quarter's attendance (`loadPupilReport`), all assembled by the pure
 * `pupilAchievementReport`. Also what the printed page is signed with: the school, the class
 * teacher and the head.
 */
import type { IsoDate } from '@/domain/dates';
import { pupilAchievementReport, type PupilAchievementReport, type SubjectInput } from '@/domain/reports/pupilAchievementReport';
import type { PersonName } from '@/domain/person';
import { loadPupilReport } from '../attendance/attendanceReports';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { isInQuarter } from '@/domain/gradebook/gradebookCells';
import { readGradebookRoll } from '../gradebook/readGradebookRoll';
import { readGradebook } from '../gradebook/readGradebook';
import { pupilSubjectWork } from './pupilSubjectWork';

export interface ParentReportQuery {
  readonly classSetId: string;
  readonly quarter: number;
  /** One pupil; absent for the whole class. */
  readonly pupilId?: string | undefined;
}

export interface ParentReports {
  readonly classSet: RowOf<'classSets'>;
  readonly schoolName: string | undefined;
  readonly quarter: { readonly startsOn: IsoDate; readonly endsOn: IsoDate } | undefined;
  /** The pupils who end the quarter in the class set, in the gradebook's order (grade, then name). */
  readonly pupils: readonly RowOf<'pupils'>[];
  /** The chosen pupil's report, or every pupil's. */
  readonly reports: readonly PupilAchievementReport[];
  readonly homeroomTeacher: PersonName | undefined;
  readonly head: PersonName | undefined;
}

// Flags are not on the parents' page; the summary's counts do not depend on these.
const NO_FLAGS = { absencePercent: 100, consecutiveAbsences: 0 };

export async function readParentReports(db: SandyqDb, query: ParentReportQuery): Promise<ParentReports | null> {
  const classSet = await liveRows(db, 'classSets').get(query.classSetId);
  if (!classSet) return null;
  const [year, school, staff, assignments] = await Promise.all([
    liveRows(db, 'academicYears').get(classSet.academicYearId),
    liveRows(db, 'schools').get(classSet.schoolId),
    liveRows(db, 'staff').where('schoolId', classSet.schoolId),
    liveRows(db, 'assignments').where('classSetId', query.classSetId),
  ]);
  const quarter = year?.quarters[query.quarter - 1];
  const roll = (await readGradebookRoll(db, query.classSetId, quarter))
    .filter((r) => r.leftOn === undefined)
    .map((r) => r.pupil)
    .sort((a, b) => a.grade - b.grade || `${a.surname} ${a.name}`.localeCompare(`${b.surname} ${b.name}`, 'kk'));
  const chosen = query.pupilId === undefined ? roll : roll.filter((p) => p.id === query.pupilId);
  const pupilIds = new Set(chosen.map((p) => p.id as string));

  const assessments = await liveRows(db, 'assessments').bulkGet(assignments.flatMap((g) => (g.assessmentId ? [g.assessmentId] : [])));
  const assessmentOf = new Map(assessments.map((a) => [a.id as string, a]));
  const givenBySubject = new Map<string, RowOf<'assignments'>[]>();
  for (const g of assignments) {
    const a = assessmentOf.get(g.assessmentId ?? '');
    if (a && isInQuarter(a, g, query.quarter, quarter)) givenBySubject.set(a.subjectId, [...(givenBySubject.get(a.subjectId) ?? []), g]);
  }
  const subjects = (await liveRows(db, 'subjects').bulkGet([...givenBySubject.keys()])).sort((a, b) => a.code.localeCompare(b.code));
  const feedback = await liveRows(db, 'feedback').whereAnyOf('pupilId', [...pupilIds]);

  const bySubject = await Promise.all(
    subjects.map(async (subject) => {
      const book = await readGradebook(db, { classSetId: query.classSetId, subjectId: subject.id, quarter: query.quarter });
      if (!book) return new Map<string, SubjectInput>();
      return pupilSubjectWork(
        db,
        { book, subjectId: subject.id, names: subject.names, given: givenBySubject.get(subject.id) ?? [], feedback },
        pupilIds,
      );
    }),
  );
  const range = quarter ? { from: quarter.startsOn, to: quarter.endsOn } : undefined;
  const reports = await Promise.all(
    chosen.map(async (pupil) => {
      const attendance = range ? await loadPupilReport(db, pupil.id, range, NO_FLAGS) : undefined;
      return pupilAchievementReport({
        pupil: { id: pupil.id, surname: pupil.surname, name: pupil.name, patronymic: pupil.patronymic, grade: pupil.grade },
        subjects: bySubject.flatMap((inputs) => (inputs.has(pupil.id) ? [inputs.get(pupil.id)!] : [])),
        attendance: attendance?.summary,
      });
    }),
  );
  const homeroom = staff.find((s) => s.id === classSet.homeroomTeacherId);
  const head = staff.find((s) => s.status === 'active' && s.roles.includes('head'));
  return {
    classSet,
    schoolName: school?.name,
    quarter: quarter ? { startsOn: quarter.startsOn, endsOn: quarter.endsOn } : undefined,
    pupils: roll,
    reports,
    homeroomTeacher: homeroom,
    head,
  };
}
