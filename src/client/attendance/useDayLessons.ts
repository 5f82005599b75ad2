/** The day's lessons (`loadDayLessons`), live: a mark stored or synced in updates the list. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db/openSandyqDb';
import { loadDayLessons, type DayLessons, type DayLessonsQuery } from './dayLessons';

export function useDayLessons(dbName: string, query: DayLessonsQuery): DayLessons | undefined {
  return useLiveQuery(() => loadDayLessons(getDb(dbName), query), [dbName, query.schoolId, query.date, query.scope, query.staffId]);
}
