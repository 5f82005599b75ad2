/**
 * The lessons a calendar-thematic plan is laid on: one subject in one class set, every
 * school day of the year's quarters, as the timetable and its one-off changes give them
 * (`sessionsOfDay`: holidays and vacations skipped, extra lessons included), less the
 * cancelled ones. In date and period order, each with its quarter.
 */
import { quarterOf, type Quarter } from '../academicCalendar';
import { datesFromTo, type IsoDate } from '../dates';
import { LessonStatus, type LessonSession } from '../entities/lessonSession';
import type { LessonSessionId } from '../ids';
import type { SlotRow } from '../timetable/sessionFromSlot';
import { sessionsOfDay, type SchoolYearCalendar, type SessionRow } from '../timetable/sessionsOfDay';

export interface SubjectLesson {
  readonly id: LessonSessionId;
  readonly date: IsoDate;
  readonly quarter: Quarter;
  readonly session: LessonSession;
}

export interface SubjectLessonsInput {
  readonly year: SchoolYearCalendar;
  readonly classSetId: string;
  readonly subjectId: string;
  /** The school's weekly slots (any class set or subject: the others are left out here). */
  readonly slots: readonly SlotRow[];
  /** Stored sessions: one-off changes, extra lessons, cancellations, kept registers. */
  readonly stored: readonly SessionRow[];
}

export function subjectLessons(input: SubjectLessonsInput): SubjectLesson[] {
  const { year, classSetId, subjectId } = input;
  const isOurs = (s: { classSetId?: string | undefined; subjectId: string }) => s.classSetId === classSetId && s.subjectId === subjectId;
  const slots = input.slots.filter(isOurs);
  const storedByDate = new Map<IsoDate, SessionRow[]>();
  for (const row of input.stored) if (isOurs(row)) storedByDate.set(row.date, [...(storedByDate.get(row.date) ?? []), row]);
  const out: SubjectLesson[] = [];
  for (const date of datesFromTo(year.quarters[0].startsOn, year.quarters[3].endsOn)) {
    const quarter = quarterOf(date, year);
    if (quarter === undefined) continue;
    for (const day of sessionsOfDay({ date, year, slots, stored: storedByDate.get(date) ?? [] })) {
      if (isOurs(day.session) && day.session.status !== LessonStatus.cancelled) out.push({ id: day.id, date, quarter, session: day.session });
    }
  }
  return out;
}
