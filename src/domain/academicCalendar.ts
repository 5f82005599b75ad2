/**
 * Where a date falls in the academic year: which quarter, whether it is a holiday, whether
 * lessons are held. Dates between quarters are vacations (каникулы) and belong to none.
 */
import { addDays, datesFromTo, isDateWithin, weekdayOf, type IsoDate } from './dates';
import type { AcademicYear } from './entities/academicYear';

export type Quarter = 1 | 2 | 3 | 4;

/** The quarter `date` falls in, or `undefined` in a vacation or outside the year. */
export function quarterOf(date: IsoDate, year: Pick<AcademicYear, 'quarters'>): Quarter | undefined {
  const i = year.quarters.findIndex((q) => isDateWithin(date, q.startsOn, q.endsOn));
  return i === -1 ? undefined : ((i + 1) as Quarter);
}

/** The half-year a quarter belongs to, for reports by half-year: quarters 1-2 → 1, 3-4 → 2. */
export function halfYearOf(quarter: Quarter): 1 | 2 {
  return quarter <= 2 ? 1 : 2;
}

/** Whether `date` is one of the year's listed holidays (public holidays, days off). */
export function isHoliday(date: IsoDate, year: Pick<AcademicYear, 'holidays'>): boolean {
  return year.holidays.some((h) => isDateWithin(date, h.from, h.to));
}

/** Whether lessons are held on `date`: inside a quarter, on a school weekday, not a holiday. */
export function isSchoolDay(date: IsoDate, year: Pick<AcademicYear, 'quarters' | 'holidays' | 'schoolWeek'>): boolean {
  return quarterOf(date, year) !== undefined && year.schoolWeek.includes(weekdayOf(date)) && !isHoliday(date, year);
}

/** The school days of a quarter, in order. */
export function schoolDaysOf(quarter: Quarter, year: Pick<AcademicYear, 'quarters' | 'holidays' | 'schoolWeek'>): IsoDate[] {
  const q = year.quarters[quarter - 1];
  if (!q) return [];
  return datesFromTo(q.startsOn, q.endsOn).filter((d) => isSchoolDay(d, year));
}

/** The first and last day of the week (Monday to Sunday) that contains `date`. */
export function weekOf(date: IsoDate): { readonly from: IsoDate; readonly to: IsoDate } {
  const from = addDays(date, 1 - weekdayOf(date));
  return { from, to: addDays(from, 6) };
}
