import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, datesFromTo, isIsoDate, isoDate, weekdayOf } from '@/domain/dates';

describe('school-local dates', () => {
  it('an instant belongs to the calendar day of the school’s zone, not UTC’s', () => {
    const lateEveningUtc = Date.UTC(2025, 0, 1, 20, 30); // 01:30 on 2 January in UTC+5
    expect(isoDate(lateEveningUtc, 'UTC')).toBe('2025-01-01');
    expect(isoDate(lateEveningUtc, 'Asia/Aqtobe')).toBe('2025-01-02');
  });

  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });

  it('weekdays run 1 = Monday to 7 = Sunday', () => {
    expect(weekdayOf('2025-09-01')).toBe(1);
    expect(weekdayOf('2025-09-06')).toBe(6);
    expect(weekdayOf('2025-09-07')).toBe(7);
    expect(weekdayOf('1969-12-29')).toBe(1);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });

  it('counts days between dates and lists a span inclusively', () => {
    expect(daysBetween('2025-09-01', '2025-10-26')).toBe(55);
    expect(daysBetween('2025-10-26', '2025-09-01')).toBe(-55);
    expect(datesFromTo('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
    expect(datesFromTo('2026-01-02', '2026-01-01')).toEqual([]);
  });
});
