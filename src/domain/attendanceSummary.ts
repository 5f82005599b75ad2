/**
 * What attendance reports count for one pupil over a span: lessons missed by code, whole
 * days missed, latenesses, percent present, and runs of consecutive missed lessons.
 *
 * Rules:
 * - Only held lessons count; planned and cancelled ones are skipped, and so are marks on them.
 * - A held lesson with no mark for the pupil counts as present: the journal marks only
 *   absences, and an assistant may record only those.
 * - Late counts as present (the pupil was there) and is also counted as a lateness.
 * - A whole day missed is a date on which the pupil missed every held lesson they had.
 */
import { AttendanceStatus, MISSED_STATUSES, isMissed, type MissedStatus } from './attendance';
import type { IsoDate } from './dates';
import { LessonStatus } from './entities/lessonSession';

/** A lesson the pupil was expected at (of their class set or group). */
export interface ExpectedLesson {
  readonly id: string;
  readonly date: IsoDate;
  readonly period: number;
  readonly status: LessonStatus;
}

/** The pupil's mark on a lesson. */
export interface PupilMark {
  readonly sessionId: string;
  readonly status: AttendanceStatus;
}

/** One held lesson with the pupil's status on it, in date and period order. */
export interface LessonAttendance {
  readonly sessionId: string;
  readonly date: IsoDate;
  readonly period: number;
  readonly status: AttendanceStatus;
}

/** Held lessons joined with the pupil's marks, ordered by date then period. */
export function lessonAttendance(lessons: readonly ExpectedLesson[], marks: readonly PupilMark[]): LessonAttendance[] {
  const bySession = new Map(marks.map((m) => [m.sessionId, m.status]));
  return lessons
    .filter((l) => l.status === LessonStatus.held)
    .map((l) => ({
      sessionId: l.id,
      date: l.date,
      period: l.period,
      status: bySession.get(l.id) ?? AttendanceStatus.present,
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.period - b.period));
}

export type MissedCounts = Readonly<Record<MissedStatus, number>> & { readonly total: number };

export function lessonsMissedByCode(rows: readonly LessonAttendance[]): MissedCounts {
  const counts: Record<MissedStatus, number> = { absent: 0, excused: 0, ill: 0 };
  for (const r of rows) if (isMissed(r.status)) counts[r.status] += 1;
  return { ...counts, total: MISSED_STATUSES.reduce((sum, s) => sum + counts[s], 0) };
}

/** Dates on which the pupil missed every held lesson, in order. */
export function wholeDaysMissed(rows: readonly LessonAttendance[]): IsoDate[] {
  const allMissed = new Map<IsoDate, boolean>();
  for (const r of rows) allMissed.set(r.date, (allMissed.get(r.date) ?? true) && isMissed(r.status));
  return [...allMissed].filter(([, missed]) => missed).map(([date]) => date);
}

export function latenessCount(rows: readonly LessonAttendance[]): number {
  return rows.filter((r) => r.status === AttendanceStatus.late).length;
}

/** Percent of held lessons attended (present or late); `null` when none were held. */
export function presentPercent(rows: readonly LessonAttendance[]): number | null {
  if (rows.length === 0) return null;
  const attended = rows.filter((r) => !isMissed(r.status)).length;
  return (attended * 100) / rows.length;
}

export interface AbsenceRuns {
  /** The longest run of consecutive missed lessons. */
  readonly longest: number;
  /** The run ending at the latest lesson: 0 if the pupil attended it. */
  readonly current: number;
}

/** Runs of consecutive missed lessons (any reason), in lesson order. */
export function consecutiveAbsences(rows: readonly LessonAttendance[]): AbsenceRuns {
  let longest = 0;
  let current = 0;
  for (const r of rows) {
    current = isMissed(r.status) ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return { longest, current };
}

export interface AttendanceSummary {
  readonly heldLessons: number;
  readonly missed: MissedCounts;
  readonly wholeDaysMissed: readonly IsoDate[];
  readonly latenesses: number;
  readonly presentPercent: number | null;
  readonly absenceRuns: AbsenceRuns;
}

/** Every count a report needs for one pupil. */
export function attendanceSummary(lessons: readonly ExpectedLesson[], marks: readonly PupilMark[]): AttendanceSummary {
  return summarizeLessonAttendance(lessonAttendance(lessons, marks));
}

/** The counts of `attendanceSummary` over rows already joined (held lessons, in order). */
export function summarizeLessonAttendance(rows: readonly LessonAttendance[]): AttendanceSummary {
  return {
    heldLessons: rows.length,
    missed: lessonsMissedByCode(rows),
    wholeDaysMissed: wholeDaysMissed(rows),
    latenesses: latenessCount(rows),
    presentPercent: presentPercent(rows),
    absenceRuns: consecutiveAbsences(rows),
  };
}
