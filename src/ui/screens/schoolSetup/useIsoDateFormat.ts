/**
 * School dates ('YYYY-MM-DD') written for people in the interface language, e.g.
 * "23 қар. 2026 ж." The date is read as that calendar day, whatever the laptop's zone.
 */
import { useFormatters } from '../../../client/i18n/useFormatters';
import type { IsoDate } from '../../../domain/dates';

export function useIsoDateFormat(): (date: IsoDate) => string {
  const { formatDate } = useFormatters();
  return (date) => formatDate(Date.parse(`${date}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
}
