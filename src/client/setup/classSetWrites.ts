/**
 * The head's changes to class sets: create one (one grade, or several taught together),
 * change its grades or language of instruction, archive it, bring it back. Names are
 * renamed in place on the School screen (`ClassSetNameField`).
 *
 * Rules (a `SetupError` says which was broken; nothing is stored):
 * - A class set belongs to the current academic year; without one, none can be made.
 * - Two current class sets never share a name: CSV files and paper lists name them.
 * - Grades cannot lose a grade that current pupils of the set are in.
 * - Only an empty class set is archived, and its weekly lessons end the day before, so
 *   no one's "Today" shows lessons of a class that no longer meets.
 */
import { addDays, type IsoDate } from '@/domain/dates';
import { ClassSetStatus } from '@/domain/entities/classSet';
import { PupilStatus } from '@/domain/entities/pupil';
import type { InstructionLanguage } from '@/domain/language';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { readAcademicYears } from '../db/queries/readAcademicYears';
import { readClassSet, readClassSets, readPupils, readSlotsOfClassSet } from '../db/queries/setupQueries';
import { writeTogether } from '../db/queries/setupTransaction';
import { createRecord, updateRecord } from '../db/writeRecord';
import { normalizeClassSetName } from '../csv/readPupilRow';
import { currentAcademicYear } from './currentAcademicYear';
import { endSlot } from './endSlot';
import { SetupError, SetupErrorReason } from './setupError';

export interface ClassSetInput {
  readonly name: string;
  readonly grades: readonly number[];
  readonly language: InstructionLanguage;
}

async function refuseTakenName(db: SandyqDb, schoolId: string, name: string, exceptId?: string): Promise<void> {
  const key = normalizeClassSetName(name);
  const sets = await readClassSets(db, schoolId);
  if (key !== '' && sets.some((s) => s.id !== exceptId && s.status === ClassSetStatus.active && normalizeClassSetName(s.name) === key)) {
    throw new SetupError(SetupErrorReason.classSetNameTaken, { name: name.trim() });
  }
}

/** Creates a class set in the academic year of `today`; returns its id. */
export async function createClassSet(db: SandyqDb, author: Author, input: ClassSetInput, today: IsoDate): Promise<string> {
  const year = currentAcademicYear(await readAcademicYears(db, author.schoolId), today);
  if (!year) throw new SetupError(SetupErrorReason.noAcademicYear);
  await refuseTakenName(db, author.schoolId, input.name);
  return createRecord(db, author, 'classSets', {
    name: input.name,
    grades: [...input.grades].sort((a, b) => a - b),
    language: input.language,
    academicYearId: year.id,
    status: ClassSetStatus.active,
  });
}

/** Changes a class set's grades and language of instruction. */
export async function updateClassSet(
  db: SandyqDb,
  author: Author,
  classSetId: string,
  input: Pick<ClassSetInput, 'grades' | 'language'>,
): Promise<void> {
  const classSet = await readClassSet(db, classSetId);
  if (!classSet) throw new SetupError(SetupErrorReason.notFound);
  const pupils = (await readPupils(db, author.schoolId)).filter((p) => p.classSetId === classSetId && p.status === PupilStatus.active);
  const lost = [...new Set(pupils.map((p) => p.grade))].filter((g) => !input.grades.includes(g)).sort((a, b) => a - b);
  if (lost.length > 0) throw new SetupError(SetupErrorReason.gradeStillTaught, { grades: lost.join(', ') });
  await updateRecord(db, author, 'classSets', classSetId, {
    grades: [...input.grades].sort((a, b) => a - b),
    language: input.language,
  });
}

/** Archives an empty class set from `today` on; its weekly lessons end yesterday. */
export async function archiveClassSet(db: SandyqDb, author: Author, classSetId: string, today: IsoDate): Promise<void> {
  const classSet = await readClassSet(db, classSetId);
  if (!classSet) throw new SetupError(SetupErrorReason.notFound);
  const count = (await readPupils(db, author.schoolId)).filter((p) => p.classSetId === classSetId && p.status === PupilStatus.active).length;
  if (count > 0) throw new SetupError(SetupErrorReason.classSetHasPupils, { count });
  const slots = await readSlotsOfClassSet(db, classSetId);
  await writeTogether(db, ['classSets', 'timetableSlots'], async () => {
    for (const slot of slots) await endSlot(db, author, slot, addDays(today, -1));
    await updateRecord(db, author, 'classSets', classSetId, { status: ClassSetStatus.archived });
  });
}

/** Brings an archived class set back (its name must be free); its timetable is set anew. */
export async function restoreClassSet(db: SandyqDb, author: Author, classSetId: string): Promise<void> {
  const classSet = await readClassSet(db, classSetId);
  if (!classSet) throw new SetupError(SetupErrorReason.notFound);
  await refuseTakenName(db, author.schoolId, classSet.name, classSetId);
  await updateRecord(db, author, 'classSets', classSetId, { status: ClassSetStatus.active });
}
