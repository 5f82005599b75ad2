/**
 * School dates ('YYYY-MM-DD') as screens use them: written for people in the interface
 * language ("23 қар. 2026 ж.") as that calendar day whatever the laptop's zone, and a date
 * from the address checked before use.
 */
import { useFormatters } from '@/client/i18n/useFormatters';
import { schoolToday } from '@/client/setup/schoolToday';
import { isIsoDate, type IsoDate } from '@/domain/dates';

export { schoolToday };

/** A date written in full, for lists of a term's lessons and report ranges. */
export const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long' };

export function useIsoDateFormat(): (date: IsoDate, options?: Intl.DateTimeFormatOptions) => string {
  const { formatDate } = useFormatters();
  return (date, options = { dateStyle: 'medium' }) => formatDate(Date.parse(`${date}T12:00:00Z`), { ...options, timeZone: 'UTC' });
}

/** The date in the address when it is a real date, else today at the school. */
export function dateOrToday(value: string | undefined): IsoDate {
  return value !== undefined && isIsoDate(value) ? value : schoolToday();
}
