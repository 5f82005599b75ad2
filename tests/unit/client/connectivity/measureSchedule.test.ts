/** Set-time measurements: once in each slot of the school day (9, 12, 15 in Almaty), an hour apart at least, not on Sunday nor after 18:00. */
import { describe, expect, it } from 'vitest';
import { isMeasurementDue } from '@/client/connectivity/measureSchedule';

// Almaty is UTC+5: 2026-12-07 is a Monday; 09:30 local is 04:30 UTC.
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 11, day, hour - 5, minute);

describe('isMeasurementDue', () => {
  it('is due in each slot of a school day when nothing was measured in it', () => {
    expect(isMeasurementDue(at(7, 8, 59), undefined)).toBe(false);
    expect(isMeasurementDue(at(7, 9, 30), undefined)).toBe(true);
    expect(isMeasurementDue(at(7, 12, 5), at(7, 9, 30))).toBe(true);
    expect(isMeasurementDue(at(7, 15, 0), at(7, 12, 5))).toBe(true);
  });

  it('is not due twice in a slot, nor within an hour of the last one', () => {
    expect(isMeasurementDue(at(7, 11, 0), at(7, 9, 30))).toBe(false);
    // A manual one at 11:30 holds the 12:00 slot back until 12:30.
    expect(isMeasurementDue(at(7, 12, 10), at(7, 11, 30))).toBe(false);
    expect(isMeasurementDue(at(7, 12, 31), at(7, 11, 30))).toBe(true);
  });

  it('is not due after school nor on Sunday; Saturday is a school day', () => {
    expect(isMeasurementDue(at(7, 18, 0), undefined)).toBe(false);
    expect(isMeasurementDue(at(13, 10, 0), undefined)).toBe(false);
    expect(isMeasurementDue(at(12, 10, 0), undefined)).toBe(true);
  });

  it('a slot of yesterday does not count today', () => {
    expect(isMeasurementDue(at(8, 9, 10), at(7, 15, 30))).toBe(true);
  });
});
