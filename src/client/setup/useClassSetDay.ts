/**
 * A class set's lessons of one date, live, as everyone else sees them (`sessionsOfDay`:
 * the timetable's lessons on a school day, with stored one-off changes and extra lessons
 * winning). The Timetable screen's "changes for a day" lists these.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate } from '../../domain/dates';
import { sessionsOfDay, type DaySession, type SchoolYearCalendar } from '../../domain/timetable/sessionsOfDay';
import { getDb } from '../db/openSandyqDb';
import { listSlotsOfClassSet, listStoredSessionsOfClassSet } from '../db/queries/setupQueries';

export function useClassSetDay(
  dbName: string,
  classSetId: string | undefined,
  date: IsoDate,
  year: SchoolYearCalendar | undefined,
): readonly DaySession[] | undefined {
  return useLiveQuery(async () => {
    if (!classSetId) return [];
    const db = getDb(dbName);
    const [slots, stored] = await Promise.all([listSlotsOfClassSet(db, classSetId), listStoredSessionsOfClassSet(db, classSetId, date)]);
    const calendar = year ?? { quarters: [], holidays: [], schoolWeek: [] };
    return sessionsOfDay({ date, year: calendar as SchoolYearCalendar, slots, stored });
  }, [dbName, classSetId, date, year]);
}
