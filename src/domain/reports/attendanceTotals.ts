/**
 * A class set's (or the school's) totals over pupil rows: missed lessons by code, whole days
 * missed and latenesses summed, and percent present over all pupil-lessons, so a pupil with
 * more lessons weighs more than one who joined last week.
 */
import type { MissedCounts } from '../attendanceSummary';
import { isFlagged, type AttendanceFlags } from './attendanceFlags';

export interface AttendanceTotals {
  readonly pupils: number;
  /** Pupil-lessons held: each pupil's held lessons, summed. */
  readonly pupilLessons: number;
  readonly missed: MissedCounts;
  /** Pupil-days missed whole, summed. */
  readonly wholeDaysMissed: number;
  readonly latenesses: number;
  /** Percent of pupil-lessons attended; `null` when none were held. */
  readonly presentPercent: number | null;
  /** Pupils with any highlight. */
  readonly flaggedPupils: number;
}

export interface TotalsRow {
  readonly summary: {
    readonly heldLessons: number;
    readonly missed: MissedCounts;
    readonly wholeDaysMissed: readonly unknown[];
    readonly latenesses: number;
  };
  readonly flags: AttendanceFlags;
}

export function attendanceTotals(rows: readonly TotalsRow[]): AttendanceTotals {
  const missed = { absent: 0, excused: 0, ill: 0, total: 0 };
  let pupilLessons = 0;
  let wholeDaysMissed = 0;
  let latenesses = 0;
  let flaggedPupils = 0;
  for (const { summary, flags } of rows) {
    pupilLessons += summary.heldLessons;
    missed.absent += summary.missed.absent;
    missed.excused += summary.missed.excused;
    missed.ill += summary.missed.ill;
    missed.total += summary.missed.total;
    wholeDaysMissed += summary.wholeDaysMissed.length;
    latenesses += summary.latenesses;
    if (isFlagged(flags)) flaggedPupils += 1;
  }
  return {
    pupils: rows.length,
    pupilLessons,
    missed,
    wholeDaysMissed,
    latenesses,
    presentPercent: pupilLessons === 0 ? null : ((pupilLessons - missed.total) * 100) / pupilLessons,
    flaggedPupils,
  };
}

/** Totals of several class sets' totals (a school's report). */
export function sumTotals(parts: readonly AttendanceTotals[]): AttendanceTotals {
  const missed = { absent: 0, excused: 0, ill: 0, total: 0 };
  let pupils = 0;
  let pupilLessons = 0;
  let wholeDaysMissed = 0;
  let latenesses = 0;
  let flaggedPupils = 0;
  for (const t of parts) {
    pupils += t.pupils;
    pupilLessons += t.pupilLessons;
    missed.absent += t.missed.absent;
    missed.excused += t.missed.excused;
    missed.ill += t.missed.ill;
    missed.total += t.missed.total;
    wholeDaysMissed += t.wholeDaysMissed;
    latenesses += t.latenesses;
    flaggedPupils += t.flaggedPupils;
  }
  return {
    pupils,
    pupilLessons,
    missed,
    wholeDaysMissed,
    latenesses,
    presentPercent: pupilLessons === 0 ? null : ((pupilLessons - missed.total) * 100) / pupilLessons,
    flaggedPupils,
  };
}
