/**
 * Numbers and dates in the report's language (Kazakh or Russian), not the interface's: the
 * printed page is one language throughout. Percents are cut down to hundredths
 * (`shownPercent`) so a 2 never sits beside "40 %".
 */
import { formatDate, formatNumber } from '@/client/i18n/formatters';
import type { IsoDate } from '@/domain/dates';
import type { InstructionLanguage } from '@/domain/language';
import { shownPercent } from '@/domain/grading/shownPercent';

export interface ReportFormat {
  readonly percent: (percent: number) => string;
  /** Attendance's percent present, to one decimal as the attendance reports give it. */
  readonly presentPercent: (percent: number | null) => string;
  readonly points: (points: number) => string;
  readonly date: (date: IsoDate) => string;
}

export function reportFormat(language: InstructionLanguage): ReportFormat {
  return {
    percent: (p) => formatNumber(shownPercent(p), language, { maximumFractionDigits: 2 }),
    presentPercent: (p) => (p === null ? '—' : formatNumber(Math.round(p * 10) / 10, language, { maximumFractionDigits: 1 })),
    points: (n) => formatNumber(n, language, { maximumFractionDigits: 2 }),
    date: (d) => formatDate(Date.parse(`${d}T12:00:00Z`), language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  };
}
