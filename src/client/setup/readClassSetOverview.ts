/**
 * The school's class sets as the School screen lists them, read from the signed-in
 * person's data database: the active ones, in grade order, each with its pupil count.
 * Reads only; a rename is a setup command (`renameClassSet`).
 */
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { InstructionLanguage } from '@/domain/language';
import { useSignedInUser } from '../workspace/sessionContext';
import { useLiveRead } from '../workspace/useLiveRead';

export interface ClassSetOverview {
  id: string;
  name: string;
  grades: number[];
  language: InstructionLanguage;
  pupilCount: number;
}

export async function readClassSetOverview(db: SandyqDb, schoolId: string): Promise<ClassSetOverview[]> {
  const [classSets, pupils] = await Promise.all([
    liveRows(db, 'classSets').where('schoolId', schoolId),
    liveRows(db, 'pupils').where('schoolId', schoolId),
  ]);
  const counts = new Map<string, number>();
  for (const pupil of pupils) {
    if (pupil.status !== 'active' || typeof pupil.classSetId !== 'string') continue;
    counts.set(pupil.classSetId, (counts.get(pupil.classSetId) ?? 0) + 1);
  }
  return classSets
    .filter((set) => set.status === 'active')
    .map((set) => ({
      id: set.id,
      name: set.name,
      grades: [...set.grades].sort((a, b) => a - b),
      language: set.language,
      pupilCount: counts.get(set.id) ?? 0,
    }))
    .sort((a, b) => (a.grades[0] ?? 0) - (b.grades[0] ?? 0) || a.name.localeCompare(b.name));
}

export function useClassSetOverview(): readonly ClassSetOverview[] | undefined {
  const { schoolId } = useSignedInUser();
  return useLiveRead((db) => readClassSetOverview(db, schoolId), [schoolId]);
}
