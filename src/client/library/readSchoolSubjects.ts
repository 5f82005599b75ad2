/** The school's subjects, for the library's filters and its add form. */
import type { SandyqDb } from '../db/db';
import { readSubjects } from '../db/queries/setupQueries';
import { useLiveRead } from '../workspace/useLiveRead';

export const readSchoolSubjects = (db: SandyqDb, schoolId: string) => readSubjects(db, schoolId);

export function useSchoolSubjects(schoolId: string) {
  return useLiveRead((db) => readSchoolSubjects(db, schoolId), [schoolId]);
}
