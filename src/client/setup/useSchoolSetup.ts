/**
 * The school as the setup screens show it, live from this laptop's database: class sets
 * (active and archived), pupils (withdrawn too), staff, subjects and academic years. Any
 * write, here or arriving by sync, re-renders the screen. `undefined` while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db/openSandyqDb';
import {
  listAcademicYears,
  listClassSets,
  listPupils,
  listStaff,
  listSubjects,
  type AcademicYearRow,
  type ClassSetRow,
  type PupilRow,
  type StaffRow,
  type SubjectRow,
} from '../db/queries/setupQueries';
import type { SessionUser } from '../stores/sessionStore';

export interface SchoolSetup {
  readonly classSets: readonly ClassSetRow[];
  readonly pupils: readonly PupilRow[];
  readonly staff: readonly StaffRow[];
  readonly subjects: readonly SubjectRow[];
  readonly years: readonly AcademicYearRow[];
}

export function useSchoolSetup(user: Pick<SessionUser, 'dbName' | 'schoolId'> | null): SchoolSetup | undefined {
  return useLiveQuery(async () => {
    if (!user) return undefined;
    const db = getDb(user.dbName);
    const [classSets, pupils, staff, subjects, years] = await Promise.all([
      listClassSets(db, user.schoolId),
      listPupils(db, user.schoolId),
      listStaff(db, user.schoolId),
      listSubjects(db, user.schoolId),
      listAcademicYears(db, user.schoolId),
    ]);
    return { classSets, pupils, staff, subjects, years };
  }, [user?.dbName, user?.schoolId]);
}
