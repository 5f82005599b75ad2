/**
 * What report and journal pickers offer: the school's class sets, subjects and academic
 * years, kept current (a class set renamed on another laptop is renamed here too).
 */
import { readAcademicYears } from '../db/queries/readAcademicYears';
import { readSchoolNames, type SchoolNames } from '../db/queries/readSchoolNames';
import type { RowOf } from '../db/recordRow';
import { SETUP_TABLES } from './attendanceTables';
import { useWatchedRead } from './useWatchedRead';

export interface SchoolSetup extends SchoolNames {
  readonly years: readonly RowOf<'academicYears'>[];
}

export function useSchoolSetup(dbName: string, schoolId: string): SchoolSetup | undefined {
  return useWatchedRead(
    dbName,
    SETUP_TABLES,
    async (db) => {
      const [names, years] = await Promise.all([readSchoolNames(db, schoolId), readAcademicYears(db, schoolId)]);
      return { ...names, years };
    },
    [schoolId],
  );
}
