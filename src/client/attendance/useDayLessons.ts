/** The day's lessons (`loadDayLessons`), kept current: a mark stored or synced in updates the list. */
import { DAY_LESSON_TABLES } from './attendanceTables';
import { loadDayLessons, type DayLessons, type DayLessonsQuery } from './dayLessons';
import { useWatchedRead } from './useWatchedRead';

export function useDayLessons(dbName: string, query: DayLessonsQuery): DayLessons | undefined {
  return useWatchedRead(dbName, DAY_LESSON_TABLES, (db) => loadDayLessons(db, query), [query.schoolId, query.date, query.scope, query.staffId]);
}
