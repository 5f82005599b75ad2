/** A class set's weekly timetable slots, live (the Timetable screen's table). */
import { readSlotsOfClassSet } from '../db/queries/setupQueries';
import { useLiveRead } from '../workspace/useLiveRead';
import type { TimetableSlotRow } from './setupRows';

export function useClassSetSlots(classSetId: string | undefined): readonly TimetableSlotRow[] | undefined {
  return useLiveRead((db) => (classSetId ? readSlotsOfClassSet(db, classSetId) : Promise.resolve([])), [classSetId]);
}
