/**
 * The register's writes, each stored on the laptop as it is made (no save button) and
 * synced later: a pupil's status, a pupil's note, "all present", the lesson's topic and
 * note. Every write to a register records the lesson itself as held first: a lesson the
 * timetable generated is stored under its derived id (`lessonSessionId`), so two laptops
 * keeping the same register offline make one lesson row, and a mark's id is
 * `attendanceMarkId(sessionId, pupilId)`, so they make one mark row per pupil.
 *
 * Status and note are written separately (only the field that changes), so a note typed on
 * one laptop never overwrites a status set on the other.
 */
import { AttendanceStatus } from '@/domain/attendance';
import type { IsoDate } from '@/domain/dates';
import { LessonStatus } from '@/domain/entities/lessonSession';
import type { DaySession } from '@/domain/timetable/sessionsOfDay';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { hasLiveRow } from '../db/queries/hasLiveRow';
import { writeTogether } from '../db/queries/setupTransaction';
import { RecordWriteError, RecordWriteErrorReason } from '../db/recordWriteError';
import { createRecord, updateRecord } from '../db/writeRecord';

/** The lesson a register writes to. */
export type RegisterLesson = DaySession & { readonly date: IsoDate };

/** The pupil a mark is for. */
export interface MarkTarget {
  readonly pupilId: string;
  readonly classSetId: string;
  readonly markId: string;
}

export const LessonDetail = { topic: 'topic', note: 'note' } as const;
export type LessonDetail = (typeof LessonDetail)[keyof typeof LessonDetail];

/** Stores the lesson as held: made from the timetable if no row exists yet, else its status set. */
export async function ensureLessonHeld(db: SandyqDb, author: Author, lesson: RegisterLesson): Promise<void> {
  if (lesson.isStored && lesson.session.status === LessonStatus.held) return;
  if (lesson.isStored) {
    await updateRecord(db, author, 'lessonSessions', lesson.id, { status: LessonStatus.held });
    return;
  }
  // Another laptop's row may have arrived meanwhile: createRecord then writes only what differs.
  await createRecord(db, author, 'lessonSessions', { ...lesson.session, status: LessonStatus.held }, { id: lesson.id });
}

export async function setMarkStatus(
  db: SandyqDb,
  author: Author,
  lesson: RegisterLesson,
  pupil: MarkTarget,
  status: AttendanceStatus,
): Promise<void> {
  await ensureLessonHeld(db, author, lesson);
  await createRecord(
    db,
    author,
    'attendanceMarks',
    { sessionId: lesson.id, pupilId: pupil.pupilId, classSetId: pupil.classSetId, date: lesson.date, status },
    { id: pupil.markId },
  );
}

/** The pupil's note on the mark; empty text clears it. A pupil with no mark yet is marked present with it. */
export async function setMarkNote(db: SandyqDb, author: Author, lesson: RegisterLesson, pupil: MarkTarget, note: string): Promise<void> {
  const text = note.trim();
  await ensureLessonHeld(db, author, lesson);
  try {
    await updateRecord(db, author, 'attendanceMarks', pupil.markId, { note: text === '' ? null : text });
  } catch (error) {
    if (!(error instanceof RecordWriteError && error.reason === RecordWriteErrorReason.notFound) || text === '') throw error;
    await createRecord(
      db,
      author,
      'attendanceMarks',
      { sessionId: lesson.id, pupilId: pupil.pupilId, classSetId: pupil.classSetId, date: lesson.date, status: AttendanceStatus.present, note: text },
      { id: pupil.markId },
    );
  }
}

/**
 * "All present": the lesson held and a present mark for every pupil who has none yet;
 * marks already set (an absence typed first) stay. Each pupil's mark is looked for again
 * just before writing, not in the register as the button saw it: a status set while this
 * runs (a tap on the next row) is never overwritten with "present". Returns how many marks
 * it stored. All of it is one IndexedDB transaction: every row or none.
 */
export function markAllPresent(db: SandyqDb, author: Author, lesson: RegisterLesson, pupils: readonly MarkTarget[]): Promise<number> {
  // One transaction for the whole class: each write below joins it, so 25 pupils are one
  // commit (one disk flush, one live-read refresh), and a failure halfway stores nothing.
  return writeTogether(db, ['lessonSessions', 'attendanceMarks'], async () => {
    await ensureLessonHeld(db, author, lesson);
    let stored = 0;
    for (const pupil of pupils) {
      if (await hasLiveRow(db, 'attendanceMarks', pupil.markId)) continue;
      await createRecord(
        db,
        author,
        'attendanceMarks',
        { sessionId: lesson.id, pupilId: pupil.pupilId, classSetId: pupil.classSetId, date: lesson.date, status: AttendanceStatus.present },
        { id: pupil.markId },
      );
      stored += 1;
    }
    return stored;
  });
}

/** The lesson's topic or note, as written in the journal; empty text clears it. */
export async function setLessonDetail(db: SandyqDb, author: Author, lesson: RegisterLesson, detail: LessonDetail, value: string): Promise<void> {
  const text = value.trim();
  await ensureLessonHeld(db, author, lesson);
  await updateRecord(db, author, 'lessonSessions', lesson.id, { [detail]: text === '' ? null : text });
}
