/**
 * The school's class sets as the School screen lists them, read from the signed-in
 * person's data database: the active ones, in grade order, each with its pupil count.
 * Reads only; a rename goes through `updateRecord` like every write.
 */
import type { SandyqDb } from '../../../client/db/db';
import type { InstructionLanguage } from '../../../domain/language';

export interface ClassSetOverview {
  id: string;
  name: string;
  grades: number[];
  language: InstructionLanguage;
  pupilCount: number;
}

export async function listClassSetOverview(db: SandyqDb, schoolId: string): Promise<ClassSetOverview[]> {
  const [classSets, pupils] = await Promise.all([
    db.rows('classSets').where('schoolId').equals(schoolId).toArray(),
    db.rows('pupils').where('schoolId').equals(schoolId).toArray(),
  ]);
  const counts = new Map<string, number>();
  for (const pupil of pupils) {
    if (pupil.deleted === true || pupil.status !== 'active' || typeof pupil.classSetId !== 'string') continue;
    counts.set(pupil.classSetId, (counts.get(pupil.classSetId) ?? 0) + 1);
  }
  return classSets
    .filter((set) => set.deleted !== true && set.status === 'active')
    .map((set) => ({
      id: set.id,
      name: set.name,
      grades: [...set.grades].sort((a, b) => a - b),
      language: set.language,
      pupilCount: counts.get(set.id) ?? 0,
    }))
    .sort((a, b) => (a.grades[0] ?? 0) - (b.grades[0] ?? 0) || a.name.localeCompare(b.name));
}
