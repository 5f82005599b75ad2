import { describe, expect, it } from 'vitest';
import type { AcademicYear } from '@/domain/entities/academicYear';
import { periodRange } from '@/domain/reports/reportPeriod';

const YEAR: Pick<AcademicYear, 'quarters'> = {
  quarters: [
    { startsOn: '2025-09-01', endsOn: '2025-10-24' },
    { startsOn: '2025-11-03', endsOn: '2025-12-26' },
    { startsOn: '2026-01-08', endsOn: '2026-03-18' },
    { startsOn: '2026-03-30', endsOn: '2026-05-25' },
  ],
};

describe('periodRange', () => {
  it('a day is itself; a week runs Monday to Sunday around the date', () => {
    expect(periodRange({ kind: 'day', date: '2025-09-10' }, YEAR)).toEqual({ from: '2025-09-10', to: '2025-09-10' });
    expect(periodRange({ kind: 'week', date: '2025-09-10' }, YEAR)).toEqual({ from: '2025-09-08', to: '2025-09-14' });
  });

  it("a quarter, half-year and year follow the academic year's quarter dates", () => {
    expect(periodRange({ kind: 'quarter', quarter: 3 }, YEAR)).toEqual({ from: '2026-01-08', to: '2026-03-18' });
    expect(periodRange({ kind: 'halfYear', half: 1 }, YEAR)).toEqual({ from: '2025-09-01', to: '2025-12-26' });
    expect(periodRange({ kind: 'halfYear', half: 2 }, YEAR)).toEqual({ from: '2026-01-08', to: '2026-05-25' });
    expect(periodRange({ kind: 'year' }, YEAR)).toEqual({ from: '2025-09-01', to: '2026-05-25' });
  });

  it('a custom range is taken as given', () => {
    expect(periodRange({ kind: 'custom', from: '2025-10-01', to: '2025-10-15' }, YEAR)).toEqual({ from: '2025-10-01', to: '2025-10-15' });
  });
});
