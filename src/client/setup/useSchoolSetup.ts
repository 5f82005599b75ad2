/**
 * The school as the setup screens show it, live from this laptop's database: class sets
 * (active and archived), pupils (withdrawn too), staff, subjects and academic years. Any
 * write, here or arriving by sync, re-renders the screen.
 */
import { readAcademicYears } from '../db/queries/readAcademicYears';
import { readClassSets, readPupils, readStaff, readSubjects } from '../db/queries/setupQueries';
import { useSignedInUser } from '../workspace/sessionContext';
import { useLiveRead } from '../workspace/useLiveRead';
import type { AcademicYearRow, ClassSetRow, PupilRow, StaffRow, SubjectRow } from './setupRows';

export interface SchoolSetup {
  readonly classSets: readonly ClassSetRow[];
  readonly pupils: readonly PupilRow[];
  readonly staff: readonly StaffRow[];
  readonly subjects: readonly SubjectRow[];
  readonly years: readonly AcademicYearRow[];
}

/** `undefined` while loading, and while `enabled` is false (a person who may not edit the setup reads none of it). */
export function useSchoolSetup(enabled = true): SchoolSetup | undefined {
  const { schoolId } = useSignedInUser();
  const setup = useLiveRead(
    async (db): Promise<SchoolSetup | null> => {
      if (!enabled) return null;
      const [classSets, pupils, staff, subjects, years] = await Promise.all([
        readClassSets(db, schoolId),
        readPupils(db, schoolId),
        readStaff(db, schoolId),
        readSubjects(db, schoolId),
        readAcademicYears(db, schoolId),
      ]);
      return { classSets, pupils, staff, subjects, years };
    },
    [schoolId, enabled],
  );
  return setup ?? undefined;
}
