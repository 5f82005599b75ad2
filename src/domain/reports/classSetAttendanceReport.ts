/**
 * Attendance of one class set over a period: a row per pupil who belonged to it on any day
 * of the period (moved-in, moved-out and withdrawn pupils included, each counted only for
 * their days in the set), with lessons missed by code, whole days missed, latenesses,
 * percent present and highlights, plus the class set's totals. Rows are ordered by grade,
 * then by name, as the register groups a combined class.
 *
 * Also the school's report: every class set's report and the school's totals.
 */
import { summarizeLessonAttendance, type AttendanceSummary } from '../attendanceSummary';
import type { PupilStatus } from '../entities/pupil';
import { compareByName, type PersonName } from '../person';
import { absencePercent, attendanceFlags, type AttendanceFlags, type AttendanceThresholds } from './attendanceFlags';
import type { AttendanceIndex } from './attendanceIndex';
import { attendanceTotals, sumTotals, type AttendanceTotals } from './attendanceTotals';
import { classSetLessonsOf, spansIn } from './pupilLessons';
import type { DateRange } from './reportPeriod';

export interface PupilAttendanceRow {
  readonly pupilId: string;
  readonly person: PersonName;
  readonly status?: PupilStatus | undefined;
  /** The pupil's grade in this class set at the end of their time in it within the period. */
  readonly grade: number;
  /** The pupil's days in this class set within the period (two when they left and came back). */
  readonly spans: readonly DateRange[];
  readonly summary: AttendanceSummary;
  readonly absencePercent: number | null;
  readonly flags: AttendanceFlags;
}

export interface ClassSetAttendanceReport {
  readonly classSetId: string;
  readonly range: DateRange;
  /** Held lessons of the class set in the period. */
  readonly heldLessons: number;
  readonly rows: readonly PupilAttendanceRow[];
  readonly totals: AttendanceTotals;
}

/** The pupil's spans in the class set that meet `range`, clipped to it. */
export function spansWithin(index: AttendanceIndex, pupilId: string, classSetId: string, range: DateRange): DateRange[] {
  return spansIn(index, pupilId, classSetId)
    .filter((s) => s.from <= range.to && (s.to === undefined || s.to >= range.from))
    .map((s) => ({ from: s.from > range.from ? s.from : range.from, to: s.to !== undefined && s.to < range.to ? s.to : range.to }));
}

/** Pupils of the class set on any day of `range`, with their grade there, by grade then name. */
export function classSetMembers(
  index: AttendanceIndex,
  classSetId: string,
  range: DateRange,
): Array<{ readonly pupilId: string; readonly grade: number; readonly spans: readonly DateRange[] }> {
  const members: Array<{ pupilId: string; grade: number; spans: DateRange[] }> = [];
  for (const pupilId of index.pupilsByClassSet.get(classSetId) ?? []) {
    const spans = spansWithin(index, pupilId, classSetId, range);
    if (spans.length === 0) continue;
    const last = spansIn(index, pupilId, classSetId)
      .filter((s) => s.from <= range.to)
      .at(-1);
    members.push({ pupilId, grade: last?.grade ?? 0, spans });
  }
  const person = (id: string): PersonName => index.pupils.get(id) ?? { surname: '', name: '' };
  return members.sort((a, b) => a.grade - b.grade || compareByName(person(a.pupilId), person(b.pupilId)) || (a.pupilId < b.pupilId ? -1 : 1));
}

export function classSetAttendanceReport(
  index: AttendanceIndex,
  classSetId: string,
  range: DateRange,
  thresholds: AttendanceThresholds,
): ClassSetAttendanceReport {
  const rows = classSetMembers(index, classSetId, range).map(({ pupilId, grade, spans }): PupilAttendanceRow => {
    const pupil = index.pupils.get(pupilId);
    const summary = summarizeLessonAttendance(classSetLessonsOf(index, pupilId, classSetId, range));
    return {
      pupilId,
      person: { surname: pupil?.surname ?? '', name: pupil?.name ?? '', patronymic: pupil?.patronymic },
      status: pupil?.status,
      grade,
      spans,
      summary,
      absencePercent: absencePercent(summary),
      flags: attendanceFlags(summary, thresholds),
    };
  });
  const held = (index.heldByClassSet.get(classSetId) ?? []).filter((s) => s.date >= range.from && s.date <= range.to);
  return { classSetId, range, heldLessons: held.length, rows, totals: attendanceTotals(rows) };
}

export interface SchoolAttendanceReport {
  readonly range: DateRange;
  readonly classSets: readonly ClassSetAttendanceReport[];
  readonly totals: AttendanceTotals;
}

/** Each class set's report (in the order given) and the school's totals. */
export function schoolAttendanceReport(
  index: AttendanceIndex,
  classSetIds: readonly string[],
  range: DateRange,
  thresholds: AttendanceThresholds,
): SchoolAttendanceReport {
  const classSets = classSetIds.map((id) => classSetAttendanceReport(index, id, range, thresholds));
  return { range, classSets, totals: sumTotals(classSets.map((c) => c.totals)) };
}
