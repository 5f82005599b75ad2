/** A class set's weekly timetable slots, live (the Timetable screen's table). */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db/openSandyqDb';
import { listSlotsOfClassSet, type TimetableSlotRow } from '../db/queries/setupQueries';

export function useClassSetSlots(dbName: string, classSetId: string | undefined): readonly TimetableSlotRow[] | undefined {
  return useLiveQuery(
    () => (classSetId ? listSlotsOfClassSet(getDb(dbName), classSetId) : Promise.resolve([])),
    [dbName, classSetId],
  );
}
