/**
 * Dates as people type them in the interface language: DD.MM.YYYY in Kazakh and Russian
 * (as the paper journal writes them), DD/MM/YYYY in English. A browser's own date input
 * follows the browser's language instead, so a Kazakh interface showed American dates.
 * Parsing forgives one-digit days and months and any of . / - as the separator.
 */
import { isIsoDate, type IsoDate } from '@/domain/dates';
import type { Language } from '@/domain/language';

const SEPARATOR: Record<Language, string> = { kk: '.', ru: '.', en: '/' };

export function formatDateInput(date: IsoDate | '', language: Language): string {
  if (date === '') return '';
  const [year, month, day] = date.split('-');
  return [day, month, year].join(SEPARATOR[language]);
}

/** The date typed, or undefined when the text is not a real date ('' is not a date either). */
export function parseDateInput(text: string): IsoDate | undefined {
  const m = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}
