/**
 * One school's contribution to its district's view: for every academic year, grade,
 * language of instruction, shift, subject and period (quarters 1-4 and the year), the
 * counts behind үлгерім, білім сапасы and attendance. Counts only: no pupil, name or id
 * leaves this function.
 *
 * The achievement figures are the school's own report's: the term marks come from the
 * gradebook's own code (`src/domain/gradebook/`, the laptop's and the server's alike) and the indicators from `achievementFigures` (src/domain), with each pupil's
 * class set replaced by their grade × language × shift, so the district's figure of a grade
 * is exactly the school's report over that grade's pupils. `subject` '' is a group over all
 * its subjects (a pupil succeeds if no term mark is below 3), as the report's class-set line.
 *
 * Attendance: every held lesson of a class set counts each pupil enrolled there that day;
 * a pupil with no mark, or late, was present (`attendanceSummary.ts`'s rules).
 */
import { isMissed } from '@/domain/attendance';
import type { Indicators } from '@/domain/grading/indicators';
import { ACHIEVEMENT_PERIODS, achievementFigures, type AchievementPeriod } from '@/domain/reports/achievementIndicators';
import type { SyncedRowOf as RowOf } from '@/domain/entities';
import { schoolTermMarks } from '@/domain/gradebook/schoolTermMarks';
import type { SchoolTables } from './schoolTables';

/** Period 5 stands for the year in storage and on the wire. */
export const YEAR_PERIOD = 5;
/** The subject of a line over all subjects. */
export const ALL_SUBJECTS = '';
/** A lesson from this period on belongs to the second shift (periods run 0-12). */
const SECOND_SHIFT_FROM = 7;

export interface SummaryCell {
  /** The calendar year the academic year starts in (2026 for 2026-27). */
  readonly yearStart: number;
  readonly grade: number;
  readonly language: string;
  readonly shift: number;
  /** The subject's `code` (the same in every school), or '' over all subjects. */
  readonly subject: string;
  /** 1-4, or 5 for the year. */
  readonly period: number;
  readonly pupils: number;
  readonly assessed: number;
  readonly performing: number;
  readonly good: number;
  /** Pupil-lessons held (each pupil expected at each held lesson). */
  readonly lessons: number;
  /** Of those, attended (present or late). */
  readonly attended: number;
}

type Counts = { pupils: number; assessed: number; performing: number; good: number; lessons: number; attended: number };
type Key = Omit<SummaryCell, keyof Counts>;

export function schoolSummary(tables: SchoolTables): SummaryCell[] {
  const cells = new Map<string, Key & Counts>();
  const add = (key: Key, counts: Partial<Counts>) => {
    const id = [key.yearStart, key.grade, key.language, key.shift, key.subject, key.period].join('|');
    const cell = cells.get(id) ?? { ...key, pupils: 0, assessed: 0, performing: 0, good: 0, lessons: 0, attended: 0 };
    for (const [k, v] of Object.entries(counts) as [keyof Counts, number][]) cell[k] += v;
    cells.set(id, cell);
  };
  const codeOf = new Map(tables.subjects.map((s) => [s.id as string, s.code]));
  const shiftOf = shifts(tables.lessonSessions);
  for (const year of tables.academicYears) {
    const yearStart = Number(year.startsOn.slice(0, 4));
    const classSets = tables.classSets.filter((c) => c.academicYearId === year.id);
    const groupOf = new Map<string, Omit<Key, 'yearStart' | 'subject' | 'period'>>();
    const groupKey = (classSet: RowOf<'classSets'>, grade: number) => {
      const group = { grade, language: classSet.language, shift: shiftOf.get(classSet.id) ?? 1 };
      const id = `${group.grade}|${group.language}|${group.shift}`;
      groupOf.set(id, group);
      return id;
    };
    const gradeIn = pupilGrades(tables, classSets);

    for (const [period, figures] of achievementOfYear(tables, year, classSets, gradeIn, groupKey)) {
      const p = period === 'year' ? YEAR_PERIOD : period;
      for (const [id, bySubject] of figures.cells)
        for (const [subjectId, ind] of bySubject) {
          const subject = codeOf.get(subjectId);
          if (subject !== undefined) add({ yearStart, ...groupOf.get(id)!, subject, period: p }, countsOf(ind));
        }
      for (const [id, ind] of figures.classSets) add({ yearStart, ...groupOf.get(id)!, subject: ALL_SUBJECTS, period: p }, countsOf(ind));
    }

    for (const a of attendanceOfYear(tables, year, classSets, gradeIn)) {
      const subject = codeOf.get(a.subjectId);
      const group = groupOf.get(groupKey(a.classSet, a.grade))!;
      for (const period of [a.quarter, YEAR_PERIOD])
        for (const s of subject === undefined ? [ALL_SUBJECTS] : [subject, ALL_SUBJECTS])
          add({ yearStart, ...group, subject: s, period }, { lessons: 1, attended: a.attended ? 1 : 0 });
    }
  }
  return [...cells.values()];
}

function countsOf(ind: Indicators): Partial<Counts> {
  return { pupils: ind.pupils, assessed: ind.assessed, performing: ind.performing, good: ind.good };
}

/** A class set's shift: the second when most of its lessons are from period 7 on. */
function shifts(sessions: readonly RowOf<'lessonSessions'>[]): Map<string, number> {
  const late = new Map<string, number>();
  for (const s of sessions) {
    if (!s.classSetId) continue;
    late.set(s.classSetId, (late.get(s.classSetId) ?? 0) + (s.period >= SECOND_SHIFT_FROM ? 1 : -1));
  }
  return new Map([...late].map(([id, n]) => [id, n > 0 ? 2 : 1]));
}

/** A pupil's grade in a class set: their enrolment's there (a combined set holds several), else their own. */
function pupilGrades(tables: SchoolTables, classSets: readonly RowOf<'classSets'>[]): (classSetId: string, pupilId: string) => number {
  const ofYear = new Set(classSets.map((c) => c.id as string));
  const byPair = new Map<string, RowOf<'enrolments'>>();
  for (const e of tables.enrolments) {
    if (!ofYear.has(e.classSetId)) continue;
    const key = `${e.classSetId}|${e.pupilId}`;
    const before = byPair.get(key);
    if (!before || before.from < e.from) byPair.set(key, e);
  }
  const pupilById = new Map(tables.pupils.map((p) => [p.id as string, p]));
  const classSetById = new Map(classSets.map((c) => [c.id as string, c]));
  return (classSetId, pupilId) =>
    byPair.get(`${classSetId}|${pupilId}`)?.grade ?? pupilById.get(pupilId)?.grade ?? classSetById.get(classSetId)?.grades[0] ?? 0;
}

/** The school's achievement report of one year (`readAchievement`), its class sets replaced by groups. */
function achievementOfYear(
  tables: SchoolTables,
  year: RowOf<'academicYears'>,
  classSets: readonly RowOf<'classSets'>[],
  gradeIn: (classSetId: string, pupilId: string) => number,
  groupKey: (classSet: RowOf<'classSets'>, grade: number) => string,
) {
  // The same rows `loadAchievementTables` keeps for the year.
  const ofYear = new Set(classSets.map((c) => c.id as string));
  const assignments = tables.assignments.filter((a) => a.assessmentId !== undefined && ofYear.has(a.classSetId ?? ''));
  const assessmentById = new Map(tables.assessments.map((a) => [a.id as string, a]));
  const assessments = [...new Set(assignments.map((a) => a.assessmentId!))].flatMap((id) => assessmentById.get(id) ?? []);
  const gradebookAssignments = new Set(assignments.map((a) => a.id as string));
  const attempts = tables.attempts.filter((a) => gradebookAssignments.has(a.assignmentId ?? ''));
  const attemptIds = new Set(attempts.map((a) => a.id as string));
  const terms = schoolTermMarks({
    years: tables.academicYears,
    classSets,
    pupils: tables.pupils,
    enrolments: tables.enrolments,
    assignments,
    assessments,
    marks: tables.marks.filter((m) => ofYear.has(m.classSetId)),
    attempts,
    attemptResults: tables.attemptResults.filter((r) => attemptIds.has(r.attemptId)),
    policies: tables.gradingPolicies,
    conflicts: [],
  });
  const classSetById = new Map(classSets.map((c) => [c.id as string, c]));
  const leftSchool = new Set(
    tables.pupils.filter((p) => p.status === 'withdrawn' && p.withdrawnOn !== undefined && p.withdrawnOn < year.endsOn).map((p) => p.id as string),
  );
  const grouped = terms.map((t) => ({ ...t, classSetId: groupKey(classSetById.get(t.classSetId)!, gradeIn(t.classSetId, t.pupilId)) }));
  const figures = achievementFigures({ terms: grouped, leftSchool });
  return ACHIEVEMENT_PERIODS.flatMap((period: AchievementPeriod) => {
    const f = figures.get(period);
    return f ? [[period, f] as const] : [];
  });
}

interface PupilLesson {
  readonly classSet: RowOf<'classSets'>;
  readonly grade: number;
  readonly subjectId: string;
  readonly quarter: number;
  readonly attended: boolean;
}

/** Each pupil expected at each held lesson of the year's class sets, in a quarter. */
function* attendanceOfYear(
  tables: SchoolTables,
  year: RowOf<'academicYears'>,
  classSets: readonly RowOf<'classSets'>[],
  gradeIn: (classSetId: string, pupilId: string) => number,
): Generator<PupilLesson> {
  const classSetById = new Map(classSets.map((c) => [c.id as string, c]));
  const enrolmentsOf = new Map<string, RowOf<'enrolments'>[]>();
  for (const e of tables.enrolments)
    if (classSetById.has(e.classSetId)) enrolmentsOf.set(e.classSetId, [...(enrolmentsOf.get(e.classSetId) ?? []), e]);
  const pupilsOf = new Map<string, string[]>();
  for (const p of tables.pupils) if (p.status === 'active') pupilsOf.set(p.classSetId, [...(pupilsOf.get(p.classSetId) ?? []), p.id]);
  const missed = new Set(tables.attendanceMarks.filter((m) => isMissed(m.status)).map((m) => `${m.sessionId}|${m.pupilId}`));
  for (const s of tables.lessonSessions) {
    if (s.status !== 'held' || !s.classSetId) continue;
    const classSet = classSetById.get(s.classSetId);
    if (!classSet) continue;
    const q = year.quarters.findIndex((d) => d.startsOn <= s.date && s.date <= d.endsOn);
    if (q < 0) continue;
    const enrolled = enrolmentsOf.get(classSet.id);
    // A class set with no enrolment rows: its pupils of today were always there.
    const expected = enrolled
      ? enrolled.filter((e) => e.from <= s.date && (e.to === undefined || s.date <= e.to)).map((e) => e.pupilId as string)
      : (pupilsOf.get(classSet.id) ?? []);
    for (const pupilId of new Set(expected))
      yield { classSet, grade: gradeIn(classSet.id, pupilId), subjectId: s.subjectId, quarter: q + 1, attended: !missed.has(`${s.id}|${pupilId}`) };
  }
}
