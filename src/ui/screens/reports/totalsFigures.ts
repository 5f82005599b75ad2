/** The figures of a class set's or the school's totals, in the shape the report cells take. */
import type { AttendanceTotals } from '@/domain/reports/attendanceTotals';
import type { MissedFigures } from './MissedFigureCells';

export function totalsFigures(totals: AttendanceTotals): MissedFigures {
  return {
    ...totals.missed,
    missed: totals.missed.total,
    wholeDays: totals.wholeDaysMissed,
    late: totals.latenesses,
    presentPercent: totals.presentPercent,
  };
}
