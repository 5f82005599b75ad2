/** The school's academic years (tombstoned ones left out), oldest first: report periods resolve against them. */
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';

export async function readAcademicYears(db: SandyqDb, schoolId: string): Promise<RowOf<'academicYears'>[]> {
  const years = await db.rows('academicYears').where('schoolId').equals(schoolId).toArray();
  return years.filter((y) => y.deleted !== true).sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
}
