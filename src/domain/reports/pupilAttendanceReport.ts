/**
 * One pupil's attendance over a period, for the pupil's page and the parents' report: every
 * lesson they were expected at (all their class sets over the period, and their groups),
 * the counts over all of them, and the counts per class set for a pupil who moved.
 */
import { summarizeLessonAttendance, type AttendanceSummary } from '../attendanceSummary';
import type { PersonName } from '../person';
import { absencePercent, attendanceFlags, type AttendanceFlags, type AttendanceThresholds } from './attendanceFlags';
import type { AttendanceIndex } from './attendanceIndex';
import { spansWithin } from './classSetAttendanceReport';
import { allLessonsOf, type ReportLesson } from './pupilLessons';
import type { DateRange } from './reportPeriod';

export interface PupilAttendanceReport {
  readonly pupilId: string;
  readonly person: PersonName;
  readonly range: DateRange;
  /** Held lessons the pupil was expected at, by date and period, with their status. */
  readonly lessons: readonly ReportLesson[];
  readonly summary: AttendanceSummary;
  readonly absencePercent: number | null;
  readonly flags: AttendanceFlags;
  /** Class-set lessons only, per class set the pupil belonged to in the period, in order. */
  readonly byClassSet: ReadonlyArray<{ readonly classSetId: string; readonly spans: readonly DateRange[]; readonly summary: AttendanceSummary }>;
}

/** `undefined` for a pupil the index does not know. */
export function pupilAttendanceReport(
  index: AttendanceIndex,
  pupilId: string,
  range: DateRange,
  thresholds: AttendanceThresholds,
): PupilAttendanceReport | undefined {
  const pupil = index.pupils.get(pupilId);
  if (pupil === undefined) return undefined;
  const lessons = allLessonsOf(index, pupilId, range);
  const summary = summarizeLessonAttendance(lessons);
  const classSetIds = [...new Set((index.spansByPupil.get(pupilId) ?? []).map((s) => s.classSetId))];
  const byClassSet = classSetIds
    .map((classSetId) => ({ classSetId, spans: spansWithin(index, pupilId, classSetId, range) }))
    .filter((c) => c.spans.length > 0)
    .map((c) => ({ ...c, summary: summarizeLessonAttendance(lessons.filter((l) => l.classSetId === c.classSetId)) }));
  return {
    pupilId,
    person: { surname: pupil.surname, name: pupil.name, patronymic: pupil.patronymic },
    range,
    lessons,
    summary,
    absencePercent: absencePercent(summary),
    flags: attendanceFlags(summary, thresholds),
    byClassSet,
  };
}
