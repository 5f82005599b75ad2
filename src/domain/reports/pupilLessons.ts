/**
 * The held lessons a pupil was expected at over a range, with their status: a class set's
 * lessons on the days the pupil was enrolled in it, and (for the pupil's own report) their
 * groups' lessons on days they were at the school. Unmarked lessons count as present.
 */
import { AttendanceStatus } from '../attendance';
import type { LessonAttendance } from '../attendanceSummary';
import { isDateWithin, type IsoDate } from '../dates';
import { compareLessons, type AttendanceIndex, type EnrolmentSpan, type ReportSession } from './attendanceIndex';
import type { DateRange } from './reportPeriod';

export interface ReportLesson extends LessonAttendance {
  readonly subjectId: string;
  readonly classSetId?: string | undefined;
  readonly groupId?: string | undefined;
}

/** The index of the first lesson on or after `date` in a list ordered by date. */
function firstOnOrAfter(lessons: readonly ReportSession[], date: IsoDate): number {
  let lo = 0;
  let hi = lessons.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lessons[mid]!.date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const coversDate = (spans: readonly EnrolmentSpan[], date: IsoDate) => spans.some((s) => isDateWithin(date, s.from, s.to));

function collect(
  index: AttendanceIndex,
  pupilId: string,
  lessons: readonly ReportSession[] | undefined,
  spans: readonly EnrolmentSpan[],
  range: DateRange,
  out: ReportLesson[],
): void {
  if (!lessons || spans.length === 0) return;
  const marks = index.marksByPupil.get(pupilId);
  for (let i = firstOnOrAfter(lessons, range.from); i < lessons.length; i++) {
    const s = lessons[i]!;
    if (s.date > range.to) break;
    if (!coversDate(spans, s.date)) continue;
    out.push({
      sessionId: s.id,
      date: s.date,
      period: s.period,
      status: marks?.get(s.id) ?? AttendanceStatus.present,
      subjectId: s.subjectId,
      classSetId: s.classSetId,
      groupId: s.groupId,
    });
  }
}

/** The pupil's enrolment spans in one class set. */
export function spansIn(index: AttendanceIndex, pupilId: string, classSetId: string): EnrolmentSpan[] {
  return (index.spansByPupil.get(pupilId) ?? []).filter((s) => s.classSetId === classSetId);
}

/** The pupil's lessons of one class set over `range`, in date and period order. */
export function classSetLessonsOf(index: AttendanceIndex, pupilId: string, classSetId: string, range: DateRange): ReportLesson[] {
  const out: ReportLesson[] = [];
  collect(index, pupilId, index.heldByClassSet.get(classSetId), spansIn(index, pupilId, classSetId), range, out);
  return out;
}

/** Every lesson the pupil was expected at over `range`: all their class sets and groups. */
export function allLessonsOf(index: AttendanceIndex, pupilId: string, range: DateRange): ReportLesson[] {
  const spans = index.spansByPupil.get(pupilId) ?? [];
  const out: ReportLesson[] = [];
  for (const classSetId of new Set(spans.map((s) => s.classSetId))) {
    collect(
      index,
      pupilId,
      index.heldByClassSet.get(classSetId),
      spans.filter((s) => s.classSetId === classSetId),
      range,
      out,
    );
  }
  for (const groupId of index.groupsByPupil.get(pupilId) ?? []) collect(index, pupilId, index.heldByGroup.get(groupId), spans, range, out);
  return out.sort((a, b) => compareLessons({ ...a, id: a.sessionId }, { ...b, id: b.sessionId }));
}
