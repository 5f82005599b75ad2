/**
 * The names lists and pickers show beside ids: the school's class sets (archived ones too,
 * for past registers and reports; pickers offer the active ones), in grade order, and its
 * subjects. Small tables, read whole.
 */
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';
import { liveRows } from './liveRows';

export interface SchoolNames {
  readonly classSets: readonly RowOf<'classSets'>[];
  readonly subjects: ReadonlyMap<string, RowOf<'subjects'>>;
}

export async function readSchoolNames(db: SandyqDb, schoolId: string): Promise<SchoolNames> {
  const [classSets, subjects] = await Promise.all([
    liveRows(db, 'classSets').where('schoolId', schoolId),
    liveRows(db, 'subjects').where('schoolId', schoolId),
  ]);
  return {
    classSets: classSets.sort((a, b) => Math.min(...a.grades) - Math.min(...b.grades) || a.name.localeCompare(b.name)),
    subjects: new Map(subjects.map((s) => [s.id, s])),
  };
}
