/**
 * Reads for the head's setup screens (School, People, Timetable) and the setup write
 * functions of `src/client/setup/`: the school's class sets, pupils, enrolments, staff,
 * subjects, academic years, timetable slots and a day's stored lessons. A small school has
 * at most a few hundred of each, so lists are read whole by `schoolId` and filtered here.
 *
 * Tombstoned rows (`deleted`) are left out unless a caller asks for them (the CSV import
 * needs deleted pupils to revive them under their id, see `planPupilImport`).
 */
import type { IsoDate } from '../../../domain/dates';
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';

const isLive = <R extends { deleted?: boolean | undefined }>(row: R) => row.deleted !== true;

export type ClassSetRow = RowOf<'classSets'>;
export type PupilRow = RowOf<'pupils'>;
export type EnrolmentRow = RowOf<'enrolments'>;
export type StaffRow = RowOf<'staff'>;
export type SubjectRow = RowOf<'subjects'>;
export type AcademicYearRow = RowOf<'academicYears'>;
export type TimetableSlotRow = RowOf<'timetableSlots'>;
export type LessonSessionRow = RowOf<'lessonSessions'>;

/** Every class set of the school, active and archived. */
export async function listClassSets(db: SandyqDb, schoolId: string): Promise<ClassSetRow[]> {
  return (await db.rows('classSets').where('schoolId').equals(schoolId).toArray()).filter(isLive);
}

/** Every pupil of the school, withdrawn ones too; `includeDeleted` for the CSV import. */
export async function listPupils(db: SandyqDb, schoolId: string, options: { includeDeleted?: boolean } = {}): Promise<PupilRow[]> {
  const rows = await db.rows('pupils').where('schoolId').equals(schoolId).toArray();
  return options.includeDeleted === true ? rows : rows.filter(isLive);
}

export async function getPupil(db: SandyqDb, pupilId: string): Promise<PupilRow | undefined> {
  const row = await db.rows('pupils').get(pupilId);
  return row && isLive(row) ? row : undefined;
}

export async function getClassSet(db: SandyqDb, classSetId: string): Promise<ClassSetRow | undefined> {
  const row = await db.rows('classSets').get(classSetId);
  return row && isLive(row) ? row : undefined;
}

/** A pupil's enrolments (their class history), oldest first. */
export async function listEnrolmentsOfPupil(db: SandyqDb, pupilId: string): Promise<EnrolmentRow[]> {
  const rows = (await db.rows('enrolments').where('pupilId').equals(pupilId).toArray()).filter(isLive);
  return rows.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

export async function listStaff(db: SandyqDb, schoolId: string): Promise<StaffRow[]> {
  return (await db.rows('staff').where('schoolId').equals(schoolId).toArray()).filter(isLive);
}

export async function listSubjects(db: SandyqDb, schoolId: string): Promise<SubjectRow[]> {
  return (await db.rows('subjects').where('schoolId').equals(schoolId).toArray()).filter(isLive);
}

export async function listAcademicYears(db: SandyqDb, schoolId: string): Promise<AcademicYearRow[]> {
  return (await db.rows('academicYears').where('schoolId').equals(schoolId).toArray()).filter(isLive);
}

export async function getAcademicYear(db: SandyqDb, yearId: string): Promise<AcademicYearRow | undefined> {
  const row = await db.rows('academicYears').get(yearId);
  return row && isLive(row) ? row : undefined;
}

/** A class set's weekly slots, past and current (validity spans decide which apply when). */
export async function listSlotsOfClassSet(db: SandyqDb, classSetId: string): Promise<TimetableSlotRow[]> {
  return (await db.rows('timetableSlots').where('classSetId').equals(classSetId).toArray()).filter(isLive);
}

/** Weekly slots a staff member teaches or assists in, past and current. */
export async function listSlotsOfStaff(db: SandyqDb, staffId: string): Promise<TimetableSlotRow[]> {
  const [teaching, assisting] = await Promise.all([
    db.rows('timetableSlots').where('teacherId').equals(staffId).toArray(),
    db.rows('timetableSlots').where('assistantId').equals(staffId).toArray(),
  ]);
  return [...new Map([...teaching, ...assisting].filter(isLive).map((s) => [s.id, s])).values()];
}

export async function getSlot(db: SandyqDb, slotId: string): Promise<TimetableSlotRow | undefined> {
  const row = await db.rows('timetableSlots').get(slotId);
  return row && isLive(row) ? row : undefined;
}

/**
 * A class set's stored lessons of one date, tombstones included: `sessionsOfDay` needs a
 * deleted row to know the slot's lesson was removed that day.
 */
export function listStoredSessionsOfClassSet(db: SandyqDb, classSetId: string, date: IsoDate): Promise<LessonSessionRow[]> {
  return db.rows('lessonSessions').where('[classSetId+date]').equals([classSetId, date]).toArray();
}

/** A stored lesson, tombstoned or not (a one-off change may revive it). */
export function getStoredSession(db: SandyqDb, sessionId: string): Promise<LessonSessionRow | undefined> {
  return db.rows('lessonSessions').get(sessionId);
}
