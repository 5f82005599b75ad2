/** The district view's filters as they live in the address (`#/district?grade=8&subject=physics&period=2`). */
import type { DistrictFilters, Period } from '@/client/district/districtFilters';

const PERIODS = new Set(['1', '2', '3', '4', '5']);

const whole = (value: string | undefined, min: number, max: number) => {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

/** Reads the filters; a value it cannot read is no filter. `fallbackPeriod` when none is chosen. */
export function readDistrictFilters(get: (key: string) => string | undefined, fallbackPeriod: Period): DistrictFilters {
  const period = get('period');
  return {
    schoolId: get('school') || undefined,
    grade: whole(get('grade'), 1, 12),
    subject: get('subject') || undefined,
    shift: whole(get('shift'), 1, 2),
    language: get('language') || undefined,
    period: period !== undefined && PERIODS.has(period) ? (Number(period) as Period) : fallbackPeriod,
  };
}

/** The academic year asked for, by the calendar year it starts in. */
export const readYearStart = (get: (key: string) => string | undefined) => whole(get('year'), 2000, 2100);
