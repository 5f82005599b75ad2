/**
 * The academic year the head is setting up: the one whose dates hold `date`, else the
 * next to start (set up in summer), else the last one. Class sets are created in it and
 * the Timetable screen edits its quarters and holidays.
 */
import type { IsoDate } from '@/domain/dates';
import type { AcademicYear } from '@/domain/entities/academicYear';

export function currentAcademicYear<Y extends Pick<AcademicYear, 'startsOn' | 'endsOn'>>(years: readonly Y[], date: IsoDate): Y | undefined {
  const byStart = [...years].sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  return byStart.find((y) => y.startsOn <= date && date <= y.endsOn) ?? byStart.find((y) => y.startsOn > date) ?? byStart[byStart.length - 1];
}
