/**
 * What report and journal pickers offer: the school's class sets, subjects and academic
 * years, kept current (a class set renamed on another laptop is renamed here too).
 */
import { readAcademicYears } from '../db/queries/readAcademicYears';
import { readSchoolNames, type SchoolNames } from '../db/queries/readSchoolNames';
import type { RowOf } from '../db/recordRow';
import { useSignedInUser } from '../workspace/sessionContext';
import { useLiveRead } from '../workspace/useLiveRead';

export interface ReportChoices extends SchoolNames {
  readonly years: readonly RowOf<'academicYears'>[];
}

export function useReportChoices(): ReportChoices | undefined {
  const { schoolId } = useSignedInUser();
  return useLiveRead(
    async (db) => {
      const [names, years] = await Promise.all([readSchoolNames(db, schoolId), readAcademicYears(db, schoolId)]);
      return { ...names, years };
    },
    [schoolId],
  );
}
