/**
 * One lesson's register as the screen shows it: the lesson (stored, or as the timetable
 * makes it until someone writes to it), its class set or group, and every pupil on the
 * roll that day, grouped by grade, each with their stored mark (none yet means present)
 * and the open conflicts on it. Conflicts on the lesson's own fields (its topic, its note)
 * come too. `null` when the date has no such lesson (a wrong address, a deleted lesson).
 */
import type { AttendanceStatus, JournalLanguage } from '@/domain/attendance';
import type { IsoDate } from '@/domain/dates';
import type { PersonName } from '@/domain/person';
import { journalLanguageOf } from '@/domain/reports/paperJournal';
import type { DaySession } from '@/domain/timetable/sessionsOfDay';
import type { SandyqDb } from '../db/db';
import { readMarksOfSessions } from '../db/queries/readMarksOfSessions';
import { readOpenConflicts } from '../db/queries/readOpenConflicts';
import { readSchoolNames } from '../db/queries/readSchoolNames';
import type { RowOf } from '../db/recordRow';
import { blocksByGrade, type GradeBlock } from './currentRoll';
import { LessonScope, readDaySessions, readLessonRolls } from './dayLessons';
import { attendanceMarkId } from './markId';

export type ConflictRow = RowOf<'conflicts'>;

export interface RegisterMark {
  readonly status: AttendanceStatus;
  readonly note?: string | undefined;
}

export interface RegisterPupil {
  readonly pupilId: string;
  readonly person: PersonName;
  readonly grade: number;
  /** The class set the mark records (the pupil's own, for a group lesson too). */
  readonly classSetId: string;
  readonly markId: string;
  /** `undefined`: nothing stored yet, which counts as present. */
  readonly mark: RegisterMark | undefined;
  readonly conflicts: readonly ConflictRow[];
}

export interface Register extends DaySession {
  readonly date: IsoDate;
  readonly audienceName: string;
  readonly subject: RowOf<'subjects'> | undefined;
  /** The journal letters the register shows: the class's language of instruction. */
  readonly journalLanguage: JournalLanguage;
  readonly pupils: readonly RegisterPupil[];
  readonly grades: readonly GradeBlock<RegisterPupil>[];
  /** Open conflicts on the lesson's own fields (topic, note). */
  readonly lessonConflicts: readonly ConflictRow[];
}

export interface RegisterQuery {
  readonly schoolId: string;
  readonly sessionId: string;
  readonly date: IsoDate;
}

export async function loadRegister(db: SandyqDb, query: RegisterQuery): Promise<Register | null> {
  const { sessions } = await readDaySessions(db, { schoolId: query.schoolId, date: query.date, scope: LessonScope.school });
  const lesson = sessions.find((s) => s.id === query.sessionId);
  if (!lesson) return null;
  const [{ rolls, groupNames }, names, marks] = await Promise.all([
    readLessonRolls(db, [lesson], query.date),
    readSchoolNames(db, query.schoolId),
    readMarksOfSessions(db, [lesson.id]),
  ]);
  const roll = rolls.get(lesson.id) ?? [];
  const markIds = roll.map((m) => attendanceMarkId(lesson.id, m.pupilId));
  const [markConflicts, lessonConflicts] = await Promise.all([
    readOpenConflicts(db, 'attendanceMarks', markIds),
    readOpenConflicts(db, 'lessonSessions', [lesson.id]),
  ]);
  const marksByPupil = new Map<string, (typeof marks)[number]>(marks.map((m) => [m.pupilId, m]));
  const pupils = roll.map((member, i): RegisterPupil => {
    const markId = markIds[i]!;
    const stored = marksByPupil.get(member.pupilId);
    return {
      ...member,
      markId,
      mark: stored ? { status: stored.status, note: stored.note } : undefined,
      conflicts: markConflicts.filter((c) => c.rowId === markId),
    };
  });
  const classSet = names.classSets.find((c) => c.id === lesson.session.classSetId);
  const groupId = lesson.session.groupId;
  // A group has no language of its own: its first pupil's class set's.
  const language = (classSet ?? names.classSets.find((c) => c.id === roll[0]?.classSetId))?.language ?? 'kk';
  return {
    ...lesson,
    date: query.date,
    audienceName: classSet?.name ?? (groupId !== undefined ? groupNames.get(groupId) : undefined) ?? '',
    subject: names.subjects.get(lesson.session.subjectId),
    journalLanguage: journalLanguageOf(language),
    pupils,
    grades: blocksByGrade(pupils),
    lessonConflicts,
  };
}
