/** The day's lessons (`loadDayLessons`), kept current: a mark stored or synced in updates the list. */
import { useLiveRead } from '../workspace/useLiveRead';
import { loadDayLessons, type DayLessons, type DayLessonsQuery } from './dayLessons';

export function useDayLessons(query: DayLessonsQuery): DayLessons | undefined {
  return useLiveRead((db) => loadDayLessons(db, query), [query.schoolId, query.date, query.scope, query.staffId]);
}
