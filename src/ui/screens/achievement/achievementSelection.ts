/**
 * What the Achievement screen shows, as kept in the address (`#/achievement?period=2&classSet=…`,
 * `period=year` for the year; the gradebook's `quarter=2` is read too):
 * the academic year, the period (a quarter or the year) and the class set drawn beside the
 * school in the trend. A missing or malformed value falls back to a default, so any address
 * opens a report: the quarter under way (or the last one begun), the year once it is over,
 * and the first class set.
 */
import type { IsoDate } from '@/domain/dates';
import type { AcademicYear } from '@/domain/entities/academicYear';
import { QUARTERS, type AchievementPeriod } from '@/domain/reports/achievementIndicators';

export interface AchievementSelection {
  readonly yearId: string | undefined;
  readonly period: AchievementPeriod;
  readonly classSetId: string | undefined;
}

/** The address's text for a period, and back. */
export const periodParam = (period: AchievementPeriod): string => String(period);

export function parsePeriod(value: string | undefined): AchievementPeriod | undefined {
  if (value === 'year') return 'year';
  return QUARTERS.find((q) => String(q) === value);
}

/** The quarter under way on `today`, else the last one begun; the year once it is over. */
export function defaultPeriod(year: Pick<AcademicYear, 'quarters' | 'endsOn'> | undefined, today: IsoDate): AchievementPeriod {
  if (!year) return 1;
  if (today > year.endsOn) return 'year';
  return QUARTERS.filter((q) => (year.quarters[q - 1]?.startsOn ?? today) <= today).at(-1) ?? 1;
}

export function readAchievementSelection(
  get: (key: string) => string | undefined,
  options: { year: Pick<AcademicYear, 'quarters' | 'endsOn'> | undefined; today: IsoDate; classSetIds: readonly string[] },
): AchievementSelection {
  const classSet = get('classSet');
  return {
    yearId: get('year') || undefined,
    // `quarter=` as the gradebook writes it opens that quarter here too.
    period: parsePeriod(get('period')) ?? parsePeriod(get('quarter')) ?? defaultPeriod(options.year, options.today),
    classSetId: classSet !== undefined && options.classSetIds.includes(classSet) ? classSet : options.classSetIds[0],
  };
}
