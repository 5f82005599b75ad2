/** The school's academic years (tombstoned ones left out), oldest first: report periods resolve against them. */
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';
import { liveRows } from './liveRows';

export async function readAcademicYears(db: SandyqDb, schoolId: string): Promise<RowOf<'academicYears'>[]> {
  const years = await liveRows(db, 'academicYears').where('schoolId', schoolId);
  return years.sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
}
