/**
 * The spans attendance reports cover: a day, the week around a date, a quarter, a
 * half-year, the year, or any custom range. Each resolves to a closed range of dates.
 */
import { weekOf, type Quarter } from '../academicCalendar';
import type { IsoDate } from '../dates';
import type { AcademicYear } from '../entities/academicYear';

export interface DateRange {
  readonly from: IsoDate;
  /** Inclusive. */
  readonly to: IsoDate;
}

export const ReportPeriodKind = {
  day: 'day',
  week: 'week',
  quarter: 'quarter',
  halfYear: 'halfYear',
  year: 'year',
  custom: 'custom',
} as const;
export type ReportPeriodKind = (typeof ReportPeriodKind)[keyof typeof ReportPeriodKind];

export type ReportPeriod =
  | { readonly kind: 'day'; readonly date: IsoDate }
  /** Monday to Sunday around `date`. */
  | { readonly kind: 'week'; readonly date: IsoDate }
  | { readonly kind: 'quarter'; readonly quarter: Quarter }
  | { readonly kind: 'halfYear'; readonly half: 1 | 2 }
  | { readonly kind: 'year' }
  | { readonly kind: 'custom'; readonly from: IsoDate; readonly to: IsoDate };

export function periodRange(period: ReportPeriod, year: Pick<AcademicYear, 'quarters'>): DateRange {
  const [q1, q2, q3, q4] = year.quarters;
  const quarters = { 1: q1, 2: q2, 3: q3, 4: q4 } as const;
  switch (period.kind) {
    case 'day':
      return { from: period.date, to: period.date };
    case 'week':
      return weekOf(period.date);
    case 'quarter':
      return { from: quarters[period.quarter].startsOn, to: quarters[period.quarter].endsOn };
    case 'halfYear':
      return period.half === 1 ? { from: q1.startsOn, to: q2.endsOn } : { from: q3.startsOn, to: q4.endsOn };
    case 'year':
      return { from: q1.startsOn, to: q4.endsOn };
    case 'custom':
      return { from: period.from, to: period.to };
  }
}
