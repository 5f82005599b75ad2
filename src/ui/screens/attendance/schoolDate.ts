/**
 * Dates as the attendance screens use them: today's date in the school's time zone (a
 * lesson belongs to the school's day, whatever the laptop's clock zone), a date from the
 * address checked before use, and a date string formatted for people without a time-zone
 * shift (its UTC midnight, formatted in UTC).
 */
import { useFormatters } from '../../../client/i18n/useFormatters';
import { isIsoDate, isoDate, KAZAKHSTAN_TIME_ZONE, type IsoDate } from '../../../domain/dates';

export function todayInSchool(nowMs: number = Date.now()): IsoDate {
  return isoDate(nowMs, KAZAKHSTAN_TIME_ZONE);
}

/** The date in the address when it is a real date, else today. */
export function dateOrToday(value: string | undefined): IsoDate {
  return value !== undefined && isIsoDate(value) ? value : todayInSchool();
}

export function useIsoDateFormat(): (date: IsoDate, options?: Intl.DateTimeFormatOptions) => string {
  const { formatDate } = useFormatters();
  return (date, options = { dateStyle: 'long' }) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return formatDate(Date.UTC(y, m - 1, d), { ...options, timeZone: 'UTC' });
  };
}
