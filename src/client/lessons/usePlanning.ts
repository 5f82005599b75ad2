/** The Lessons screen's live reads. */
import type { IsoDate } from '@/domain/dates';
import { useLiveRead } from '../workspace/useLiveRead';
import { readLessonPlanEditor } from './readLessonPlanEditor';
import { readLessonsOverview, type OverviewQuery } from './readLessonsOverview';
import { readTeachingChoices } from './readTeachingChoices';

export function useTeachingChoices(schoolId: string, staffId: string | undefined, today: IsoDate) {
  return useLiveRead((db) => readTeachingChoices(db, schoolId, staffId, today), [schoolId, staffId, today]);
}

/** `null` while no class set and subject are chosen. */
export function useLessonsOverview(query: OverviewQuery | null) {
  return useLiveRead((db) => (query ? readLessonsOverview(db, query) : Promise.resolve(null)), [query]);
}

export function useLessonPlanEditor(planId: string) {
  return useLiveRead((db) => readLessonPlanEditor(db, planId), [planId]);
}
