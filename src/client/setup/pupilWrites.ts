/**
 * The head's changes to pupils, each stored as one transaction (`writeTogether`):
 *
 * - Add a pupil by hand: the pupil and their first enrolment.
 * - Move a pupil to another class set from a date: the current enrolment ends the day
 *   before (`to`), a new one starts on the date, and the pupil's `classSetId` (and grade)
 *   change. Past attendance stays under the class it was taken in: reports read enrolments.
 *   A move dated on the enrolment's own first day replaces it (it never held a lesson).
 * - Withdraw a pupil: status `withdrawn` with the last day at school (`withdrawnOn`), and the
 *   enrolment ends that day. Nothing is deleted: past marks and attendance stay in reports;
 *   registers after that day no longer list the pupil.
 * - Readmit a withdrawn pupil: at school again from a day after they left, in a class set
 *   and grade (a new enrolment); the time away stays a gap in the enrolments.
 *
 * Rules broken throw `SetupError`; invalid fields throw `RecordWriteError`. Nothing is stored then.
 */
import { addDays, type IsoDate } from '@/domain/dates';
import { ClassSetStatus } from '@/domain/entities/classSet';
import { PupilStatus } from '@/domain/entities/pupil';
import { isSamePupil } from '../csv/pupilIdentity';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { readClassSet, readPupil, readEnrolmentsOfPupil, readPupils, type ClassSetRow, type EnrolmentRow } from '../db/queries/setupQueries';
import { writeTogether } from '../db/queries/setupTransaction';
import { validateNewRecord } from '../db/validateRecord';
import { createRecord, deleteRecord, updateRecord } from '../db/writeRecord';
import { SetupError, SetupErrorReason } from './setupError';

export interface NewPupilInput {
  readonly surname: string;
  readonly name: string;
  readonly patronymic?: string | undefined;
  readonly grade: number;
  readonly classSetId: string;
  readonly birthDate?: IsoDate | undefined;
}

/** The class set a pupil may join in `grade`: current, and teaching that grade. */
async function openClassSet(db: SandyqDb, classSetId: string, grade: number): Promise<ClassSetRow> {
  const classSet = await readClassSet(db, classSetId);
  if (!classSet) throw new SetupError(SetupErrorReason.notFound);
  if (classSet.status !== ClassSetStatus.active) throw new SetupError(SetupErrorReason.classSetArchived, { name: classSet.name });
  if (!classSet.grades.includes(grade)) throw new SetupError(SetupErrorReason.gradeNotInClassSet, { name: classSet.name, grade });
  return classSet;
}

/** Adds a pupil in a class set from `enrolledFrom`; returns the pupil's id. */
export async function addPupil(db: SandyqDb, author: Author, input: NewPupilInput, enrolledFrom: IsoDate): Promise<string> {
  const fields = {
    surname: input.surname,
    name: input.name,
    ...(input.patronymic?.trim() ? { patronymic: input.patronymic } : {}),
    grade: input.grade,
    classSetId: input.classSetId,
    ...(input.birthDate ? { birthDate: input.birthDate } : {}),
    status: PupilStatus.active,
  };
  // Field problems first (a missing name), in the pupil's own terms, before the school's rules.
  const pupil = validateNewRecord('pupils', fields) as typeof fields;
  await openClassSet(db, input.classSetId, input.grade);
  const existing = await readPupils(db, author.schoolId);
  if (existing.some((p) => isSamePupil(p, pupil))) throw new SetupError(SetupErrorReason.duplicatePupil);
  return writeTogether(db, ['pupils', 'enrolments'], async () => {
    const pupilId = await createRecord(db, author, 'pupils', pupil);
    await createRecord(db, author, 'enrolments', { pupilId, classSetId: input.classSetId, grade: input.grade, from: enrolledFrom });
    return pupilId;
  });
}

/** Enrolments still open on `date` (no end, or an end on or after it). */
function openOn(enrolments: readonly EnrolmentRow[], date: IsoDate): EnrolmentRow[] {
  return enrolments.filter((e) => e.to === undefined || e.to >= date);
}

async function activePupil(db: SandyqDb, pupilId: string) {
  const pupil = await readPupil(db, pupilId);
  if (!pupil) throw new SetupError(SetupErrorReason.notFound);
  if (pupil.status !== PupilStatus.active) throw new SetupError(SetupErrorReason.pupilWithdrawn);
  return pupil;
}

export interface MoveInput {
  readonly toClassSetId: string;
  /** First day in the new class set. */
  readonly from: IsoDate;
  /** The pupil's grade there; default: their grade now. */
  readonly grade?: number | undefined;
}

/** Moves a pupil to another class set from a date, keeping their class history. */
export async function movePupil(db: SandyqDb, author: Author, pupilId: string, move: MoveInput): Promise<void> {
  const pupil = await activePupil(db, pupilId);
  if (pupil.classSetId === move.toClassSetId) throw new SetupError(SetupErrorReason.sameClassSet);
  const grade = move.grade ?? pupil.grade;
  await openClassSet(db, move.toClassSetId, grade);
  const open = openOn(await readEnrolmentsOfPupil(db, pupilId), move.from);
  if (open.some((e) => e.from > move.from)) throw new SetupError(SetupErrorReason.dateBeforeEnrolment, { date: open[0]!.from });
  await writeTogether(db, ['pupils', 'enrolments'], async () => {
    for (const e of open) {
      if (e.from === move.from) await deleteRecord(db, author, 'enrolments', e.id);
      else await updateRecord(db, author, 'enrolments', e.id, { to: addDays(move.from, -1) });
    }
    await createRecord(db, author, 'enrolments', { pupilId, classSetId: move.toClassSetId, grade, from: move.from });
    await updateRecord(db, author, 'pupils', pupilId, { classSetId: move.toClassSetId, grade });
  });
}

/** Records that a pupil left the school after `lastDay`. */
export async function withdrawPupil(db: SandyqDb, author: Author, pupilId: string, lastDay: IsoDate): Promise<void> {
  await activePupil(db, pupilId);
  const open = openOn(await readEnrolmentsOfPupil(db, pupilId), lastDay);
  const late = open.find((e) => e.from > lastDay);
  if (late) throw new SetupError(SetupErrorReason.dateBeforeEnrolment, { date: late.from });
  await writeTogether(db, ['pupils', 'enrolments'], async () => {
    for (const e of open) await updateRecord(db, author, 'enrolments', e.id, { to: lastDay });
    await updateRecord(db, author, 'pupils', pupilId, { status: PupilStatus.withdrawn, withdrawnOn: lastDay });
  });
}

export interface ReadmitInput {
  readonly classSetId: string;
  readonly grade: number;
  readonly from: IsoDate;
}

/** Takes a withdrawn pupil back into `input.classSetId` from `input.from`. */
export async function readmitPupil(db: SandyqDb, author: Author, pupilId: string, input: ReadmitInput): Promise<void> {
  const pupil = await readPupil(db, pupilId);
  if (!pupil) throw new SetupError(SetupErrorReason.notFound);
  if (pupil.status === PupilStatus.active) throw new SetupError(SetupErrorReason.pupilAtSchool);
  if (pupil.withdrawnOn !== undefined && input.from <= pupil.withdrawnOn)
    throw new SetupError(SetupErrorReason.readmitBeforeLeaving, { date: addDays(pupil.withdrawnOn, 1) });
  await openClassSet(db, input.classSetId, input.grade);
  await writeTogether(db, ['pupils', 'enrolments'], async () => {
    await createRecord(db, author, 'enrolments', { pupilId, classSetId: input.classSetId, grade: input.grade, from: input.from });
    await updateRecord(db, author, 'pupils', pupilId, {
      status: PupilStatus.active,
      withdrawnOn: null,
      classSetId: input.classSetId,
      grade: input.grade,
    });
  });
}
