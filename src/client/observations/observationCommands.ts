/** Lesson observations' commands bound to the signed-in person, and their live read. */
import { useCommands } from '../workspace/useCommands';
import { useLiveRead } from '../workspace/useLiveRead';
import { answerObservation, recordObservation, updateObservation } from './observationWrites';
import { readObservations } from './readObservations';

export const observationCommands = { recordObservation, updateObservation, answerObservation };

export const useObservationCommands = () => useCommands(observationCommands);

export function useObservations(staffId: string | undefined, lessonPlanId?: string) {
  return useLiveRead((db) => (staffId ? readObservations(db, staffId, lessonPlanId) : Promise.resolve([])), [staffId, lessonPlanId]);
}
