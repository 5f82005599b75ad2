/**
 * One-off changes to a day's lessons, stored as lesson sessions so that Today, the
 * register and reports see them through `sessionsOfDay`:
 *
 * - A substitute teacher, or a cancelled lesson, for a timetable lesson: the session row
 *   with the id `lessonSessionId(slotId, date)` (the one the register uses), created with
 *   the slot's lesson if no one has stored it yet, else only the changed field is written,
 *   so a topic or a "held" status already written by the register is kept.
 * - An extra lesson: a session with a new id and no slot; removing it deletes it.
 *
 * Rules: the substitute is not the lesson's own teacher; an extra lesson takes a period
 * the class set has free that day (`SetupError`).
 */
import type { IsoDate } from '@/domain/dates';
import { LessonStatus, type LessonSession } from '@/domain/entities/lessonSession';
import type { LessonMode } from '@/domain/entities/lessonMode';
import type { DaySession } from '@/domain/timetable/sessionsOfDay';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { readClassSet, readStoredSession, readSlotsOfStaff } from '../db/queries/setupQueries';
import { isDateWithin, weekdayOf } from '@/domain/dates';
import type { RecordPatch } from '../db/recordRow';
import { createRecord, deleteRecord, updateRecord } from '../db/writeRecord';
import { SetupError, SetupErrorReason } from './setupError';

type SessionPatch = RecordPatch<'lessonSessions'>;

async function changeSession(db: SandyqDb, author: Author, day: DaySession, patch: SessionPatch): Promise<void> {
  const stored = await readStoredSession(db, day.id);
  if (stored && stored.deleted !== true) {
    await updateRecord(db, author, 'lessonSessions', day.id, patch);
    return;
  }
  const fields: Record<string, unknown> = { ...day.session, ...patch };
  for (const [key, value] of Object.entries(fields)) if (value === null) delete fields[key];
  await createRecord(db, author, 'lessonSessions', fields as LessonSession, { id: day.id });
}

/** Names who teaches this lesson instead of its teacher; `null` undoes it. */
export async function setSubstitute(db: SandyqDb, author: Author, day: DaySession, substituteId: string | null): Promise<void> {
  if (substituteId !== null && substituteId === day.session.teacherId) throw new SetupError(SetupErrorReason.substituteIsTeacher);
  if (substituteId !== null) await refuseBusySubstitute(db, day, substituteId);
  await changeSession(db, author, day, { substituteTeacherId: substituteId });
}

/** A substitute who teaches or assists a weekly lesson of another class set at that date and period is refused. */
async function refuseBusySubstitute(db: SandyqDb, day: DaySession, staffId: string): Promise<void> {
  const { date, period, classSetId } = day.session;
  const weekday = weekdayOf(date);
  const clash = (await readSlotsOfStaff(db, staffId)).find(
    (s) => s.classSetId !== classSetId && s.weekday === weekday && s.period === period && isDateWithin(date, s.validFrom, s.validTo),
  );
  if (clash)
    throw new SetupError(SetupErrorReason.staffBusy, { classSet: (clash.classSetId && (await readClassSet(db, clash.classSetId))?.name) || '—' });
}

/** Cancels the lesson for that day, or (`false`) puts it back as planned. */
export async function setCancelled(db: SandyqDb, author: Author, day: DaySession, isCancelled: boolean): Promise<void> {
  if (!isCancelled && day.session.status !== LessonStatus.cancelled) return;
  await changeSession(db, author, day, { status: isCancelled ? LessonStatus.cancelled : LessonStatus.planned });
}

export interface ExtraLessonInput {
  readonly classSetId: string;
  readonly date: IsoDate;
  readonly period: number;
  readonly subjectId: string;
  readonly teacherId: string;
  readonly assistantId?: string | undefined;
  readonly mode: LessonMode;
}

/**
 * Adds a lesson outside the timetable on a date; `dayLessons` are the class set's lessons
 * of that date (`sessionsOfDay`), whose periods it must not take. Returns its id.
 */
export async function addExtraLesson(db: SandyqDb, author: Author, input: ExtraLessonInput, dayLessons: readonly DaySession[]): Promise<string> {
  const clash = dayLessons.some((d) => d.session.period === input.period && d.session.status !== LessonStatus.cancelled);
  if (clash) throw new SetupError(SetupErrorReason.slotTaken);
  return createRecord(db, author, 'lessonSessions', {
    classSetId: input.classSetId,
    date: input.date,
    period: input.period,
    subjectId: input.subjectId,
    teacherId: input.teacherId,
    ...(input.assistantId ? { assistantId: input.assistantId } : {}),
    mode: input.mode,
    status: LessonStatus.planned,
  });
}

/** Removes an extra lesson (one not made from the timetable). */
export async function removeExtraLesson(db: SandyqDb, author: Author, day: DaySession): Promise<void> {
  if (day.session.slotId !== undefined) return;
  await deleteRecord(db, author, 'lessonSessions', day.id);
}
