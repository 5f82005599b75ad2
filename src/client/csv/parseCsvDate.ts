/**
 * Dates in a CSV cell: ISO 'YYYY-MM-DD', or 'DD.MM.YYYY' as Excel shows dates in Kazakh and
 * Russian locales (a day or month of one digit is accepted: Excel may write 5.3.2014).
 * Slashed dates are refused: 05/03/2014 is March or May depending on the computer.
 */
import { isIsoDate, type IsoDate } from '@/domain/dates';

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** The date in a cell, or `undefined` when it is not a real date in either form. */
export function parseCsvDate(cell: string): IsoDate | undefined {
  const value = cell.trim();
  if (isIsoDate(value)) return value;
  const m = DOTTED.exec(value);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** A date as the export writes it: DD.MM.YYYY for kk and ru (what Excel shows), else ISO. */
export function formatCsvDate(date: IsoDate, style: 'dotted' | 'iso'): string {
  if (style === 'iso') return date;
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}
