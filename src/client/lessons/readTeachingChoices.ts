/**
 * What a teacher plans for: the class sets and subjects of the current academic year they
 * teach in the timetable (as teacher or assistant), each once, by class set name then
 * subject. A teacher with no lesson in the timetable yet sees every pair of the school, so a
 * plan can be written before the head finishes the timetable.
 */
import type { IsoDate } from '@/domain/dates';
import type { LocalizedText } from '@/domain/language';
import type { SandyqDb } from '../db/db';
import { readAcademicYears } from '../db/queries/readAcademicYears';
import { liveRows } from '../db/queries/liveRows';
import { readSlotsOfStaff } from '../db/queries/setupQueries';
import { currentAcademicYear } from '../setup/currentAcademicYear';

export interface TeachingChoice {
  readonly classSetId: string;
  readonly classSetName: string;
  readonly grades: readonly number[];
  readonly subjectId: string;
  readonly subjectNames: LocalizedText;
  readonly academicYearId: string;
}

export async function readTeachingChoices(db: SandyqDb, schoolId: string, staffId: string | undefined, today: IsoDate): Promise<TeachingChoice[]> {
  const years = await readAcademicYears(db, schoolId);
  const year = currentAcademicYear(years, today);
  if (!year) return [];
  const own = staffId ? await readSlotsOfStaff(db, staffId) : [];
  const slots = own.length > 0 ? own : await liveRows(db, 'timetableSlots').where('schoolId', schoolId);
  const pairs = new Map<string, { classSetId: string; subjectId: string }>();
  for (const s of slots)
    if (s.classSetId && s.schoolId === schoolId) pairs.set(`${s.classSetId} ${s.subjectId}`, { classSetId: s.classSetId, subjectId: s.subjectId });
  const [classSets, subjects] = await Promise.all([
    liveRows(db, 'classSets').bulkGet([...pairs.values()].map((p) => p.classSetId)),
    liveRows(db, 'subjects').bulkGet([...pairs.values()].map((p) => p.subjectId)),
  ]);
  const classSetById = new Map(classSets.filter((c) => c.academicYearId === year.id).map((c) => [c.id, c]));
  const subjectById = new Map(subjects.map((s) => [s.id, s]));
  const choices: TeachingChoice[] = [];
  for (const { classSetId, subjectId } of pairs.values()) {
    const classSet = classSetById.get(classSetId);
    const subject = subjectById.get(subjectId);
    if (!classSet || !subject) continue;
    choices.push({
      classSetId,
      classSetName: classSet.name,
      grades: classSet.grades,
      subjectId,
      subjectNames: subject.names,
      academicYearId: year.id,
    });
  }
  return choices.sort((a, b) => a.classSetName.localeCompare(b.classSetName, 'kk') || a.subjectId.localeCompare(b.subjectId));
}
