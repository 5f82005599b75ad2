import { describe, expect, it } from 'vitest';
import { halfYearOf, isHoliday, isSchoolDay, quarterOf, schoolDaysOf, weekOf } from '@/domain/academicCalendar';
import type { AcademicYear } from '@/domain/entities/academicYear';
import { VALID } from './entities/fixtures';

const YEAR = VALID.academicYears as AcademicYear;

describe('academic calendar', () => {
  it('places a date in its quarter, including the first and last days', () => {
    expect(quarterOf('2025-09-01', YEAR)).toBe(1);
    expect(quarterOf('2025-10-26', YEAR)).toBe(1);
    expect(quarterOf('2025-11-03', YEAR)).toBe(2);
    expect(quarterOf('2026-05-25', YEAR)).toBe(4);
  });

  it('a vacation day or a day outside the year belongs to no quarter', () => {
    expect(quarterOf('2025-10-27', YEAR)).toBeUndefined();
    expect(quarterOf('2025-08-31', YEAR)).toBeUndefined();
  });

  it('recognises listed holidays over their whole span', () => {
    expect(isHoliday('2025-12-16', YEAR)).toBe(true);
    expect(isHoliday('2025-12-17', YEAR)).toBe(true);
    expect(isHoliday('2025-12-18', YEAR)).toBe(false);
  });

  it('a school day is in a quarter, on a school weekday, and not a holiday', () => {
    expect(isSchoolDay('2025-12-15', YEAR)).toBe(true); // Monday
    expect(isSchoolDay('2025-12-16', YEAR)).toBe(false); // Independence Day
    expect(isSchoolDay('2025-12-20', YEAR)).toBe(false); // Saturday, five-day week
    expect(isSchoolDay('2025-12-20', { ...YEAR, schoolWeek: [1, 2, 3, 4, 5, 6] })).toBe(true);
    expect(isSchoolDay('2025-10-28', YEAR)).toBe(false); // autumn vacation
  });

  it('lists the school days of a quarter', () => {
    const days = schoolDaysOf(1, YEAR);
    expect(days[0]).toBe('2025-09-01');
    expect(days.at(-1)).toBe('2025-10-24'); // Friday; 25-26 October is a weekend
    expect(days).toHaveLength(40);
  });

  it('quarters 1-2 make the first half-year and 3-4 the second', () => {
    expect([1, 2, 3, 4].map((q) => halfYearOf(q as 1 | 2 | 3 | 4))).toEqual([1, 1, 2, 2]);
  });

  it('gives the Monday-to-Sunday week of a date', () => {
    expect(weekOf('2025-09-03')).toEqual({ from: '2025-09-01', to: '2025-09-07' });
    expect(weekOf('2025-09-07')).toEqual({ from: '2025-09-01', to: '2025-09-07' });
  });
});
