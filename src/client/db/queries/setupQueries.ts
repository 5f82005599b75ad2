/**
 * Reads for the head's setup screens (School, People, Timetable) and the setup write
 * functions of `src/client/setup/`: the school's class sets, pupils, enrolments, staff,
 * subjects, academic years, timetable slots and a day's stored lessons. A small school has
 * at most a few hundred of each, so lists are read whole by `schoolId` and filtered here.
 *
 * Tombstoned rows (`deleted`) are left out by `liveRows` unless a caller asks for them (the
 * CSV import needs deleted pupils to revive them under their id, see `planPupilImport`).
 */
import type { IsoDate } from '@/domain/dates';
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';
import { liveRows } from './liveRows';

export type ClassSetRow = RowOf<'classSets'>;
export type PupilRow = RowOf<'pupils'>;
export type EnrolmentRow = RowOf<'enrolments'>;
export type StaffRow = RowOf<'staff'>;
export type SubjectRow = RowOf<'subjects'>;
export type AcademicYearRow = RowOf<'academicYears'>;
export type TimetableSlotRow = RowOf<'timetableSlots'>;
export type LessonSessionRow = RowOf<'lessonSessions'>;

/** Every class set of the school, active and archived. */
export async function readClassSets(db: SandyqDb, schoolId: string): Promise<ClassSetRow[]> {
  return liveRows(db, 'classSets').where('schoolId', schoolId);
}

/** Every pupil of the school, withdrawn ones too; `includeDeleted` for the CSV import. */
export async function readPupils(db: SandyqDb, schoolId: string, options: { includeDeleted?: boolean } = {}): Promise<PupilRow[]> {
  if (options.includeDeleted === true) return db.rows('pupils').where('schoolId').equals(schoolId).toArray();
  return liveRows(db, 'pupils').where('schoolId', schoolId);
}

export async function readPupil(db: SandyqDb, pupilId: string): Promise<PupilRow | undefined> {
  return liveRows(db, 'pupils').get(pupilId);
}

export async function readClassSet(db: SandyqDb, classSetId: string): Promise<ClassSetRow | undefined> {
  return liveRows(db, 'classSets').get(classSetId);
}

/** A pupil's enrolments (their class history), oldest first. */
export async function readEnrolmentsOfPupil(db: SandyqDb, pupilId: string): Promise<EnrolmentRow[]> {
  const rows = await liveRows(db, 'enrolments').where('pupilId', pupilId);
  return rows.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

export async function readStaff(db: SandyqDb, schoolId: string): Promise<StaffRow[]> {
  return liveRows(db, 'staff').where('schoolId', schoolId);
}

export async function readStaffMember(db: SandyqDb, staffId: string): Promise<StaffRow | undefined> {
  return liveRows(db, 'staff').get(staffId);
}

export async function readSubjects(db: SandyqDb, schoolId: string): Promise<SubjectRow[]> {
  return liveRows(db, 'subjects').where('schoolId', schoolId);
}

export async function readAcademicYear(db: SandyqDb, yearId: string): Promise<AcademicYearRow | undefined> {
  return liveRows(db, 'academicYears').get(yearId);
}

/** A class set's weekly slots, past and current (validity spans decide which apply when). */
export async function readSlotsOfClassSet(db: SandyqDb, classSetId: string): Promise<TimetableSlotRow[]> {
  return liveRows(db, 'timetableSlots').where('classSetId', classSetId);
}

/** Weekly slots a staff member teaches or assists in, past and current. */
export async function readSlotsOfStaff(db: SandyqDb, staffId: string): Promise<TimetableSlotRow[]> {
  const [teaching, assisting] = await Promise.all([
    liveRows(db, 'timetableSlots').where('teacherId', staffId),
    liveRows(db, 'timetableSlots').where('assistantId', staffId),
  ]);
  return [...new Map([...teaching, ...assisting].map((s) => [s.id, s])).values()];
}

export async function readSlot(db: SandyqDb, slotId: string): Promise<TimetableSlotRow | undefined> {
  return liveRows(db, 'timetableSlots').get(slotId);
}

/**
 * A class set's stored lessons of one date, tombstones included: `sessionsOfDay` needs a
 * deleted row to know the slot's lesson was removed that day.
 */
export function readStoredSessionsOfClassSet(db: SandyqDb, classSetId: string, date: IsoDate): Promise<LessonSessionRow[]> {
  return db.rows('lessonSessions').where('[classSetId+date]').equals([classSetId, date]).toArray();
}

/** A stored lesson, tombstoned or not (a one-off change may revive it). */
export function readStoredSession(db: SandyqDb, sessionId: string): Promise<LessonSessionRow | undefined> {
  return db.rows('lessonSessions').get(sessionId);
}
