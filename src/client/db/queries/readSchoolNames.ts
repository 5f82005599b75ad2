/**
 * The names lists and pickers show beside ids: the school's class sets (archived ones too,
 * for past registers and reports; pickers offer the active ones), in grade order, and its
 * subjects. Small tables, read whole.
 */
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';

export interface SchoolNames {
  readonly classSets: readonly RowOf<'classSets'>[];
  readonly subjects: ReadonlyMap<string, RowOf<'subjects'>>;
}

export async function readSchoolNames(db: SandyqDb, schoolId: string): Promise<SchoolNames> {
  const [classSets, subjects] = await Promise.all([
    db.rows('classSets').where('schoolId').equals(schoolId).toArray(),
    db.rows('subjects').where('schoolId').equals(schoolId).toArray(),
  ]);
  return {
    classSets: classSets
      .filter((c) => c.deleted !== true)
      .sort((a, b) => Math.min(...a.grades) - Math.min(...b.grades) || a.name.localeCompare(b.name)),
    subjects: new Map(subjects.filter((s) => s.deleted !== true).map((s) => [s.id, s])),
  };
}
