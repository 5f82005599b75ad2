/**
 * A class set's lessons of one date, live, as everyone else sees them (`sessionsOfDay`:
 * the timetable's lessons on a school day, with stored one-off changes and extra lessons
 * winning). The Timetable screen's "changes for a day" lists these.
 */
import type { IsoDate } from '@/domain/dates';
import { sessionsOfDay, type DaySession, type SchoolYearCalendar } from '@/domain/timetable/sessionsOfDay';
import { readSlotsOfClassSet, readStoredSessionsOfClassSet } from '../db/queries/setupQueries';
import { useLiveRead } from '../workspace/useLiveRead';

export function useClassSetDay(
  classSetId: string | undefined,
  date: IsoDate,
  year: SchoolYearCalendar | undefined,
): readonly DaySession[] | undefined {
  return useLiveRead(
    async (db) => {
      if (!classSetId) return [];
      const [slots, stored] = await Promise.all([readSlotsOfClassSet(db, classSetId), readStoredSessionsOfClassSet(db, classSetId, date)]);
      const calendar = year ?? { quarters: [], holidays: [], schoolWeek: [] };
      return sessionsOfDay({ date, year: calendar as SchoolYearCalendar, slots, stored });
    },
    [classSetId, date, year],
  );
}
