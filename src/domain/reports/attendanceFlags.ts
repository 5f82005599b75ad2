/**
 * Which pupils a report highlights: those who missed more than a share of their lessons,
 * and those with a run of consecutive missed lessons. Both limits are the school's choice,
 * passed in by the screen, never fixed here.
 */
import type { AttendanceSummary } from '../attendanceSummary';

export interface AttendanceThresholds {
  /** Highlight a pupil who missed more than this percent of held lessons (any reason). */
  readonly absencePercent: number;
  /** Highlight a pupil who missed at least this many lessons in a row (any reason); 0 turns it off. */
  readonly consecutiveAbsences: number;
}

export interface AttendanceFlags {
  readonly overAbsenceThreshold: boolean;
  readonly consecutiveAbsences: boolean;
}

/** Percent of held lessons missed; `null` when none were held. */
export function absencePercent(summary: Pick<AttendanceSummary, 'heldLessons' | 'missed'>): number | null {
  return summary.heldLessons === 0 ? null : (summary.missed.total * 100) / summary.heldLessons;
}

export function attendanceFlags(summary: AttendanceSummary, thresholds: AttendanceThresholds): AttendanceFlags {
  const missedPercent = absencePercent(summary);
  return {
    overAbsenceThreshold: missedPercent !== null && missedPercent > thresholds.absencePercent,
    consecutiveAbsences: thresholds.consecutiveAbsences > 0 && summary.absenceRuns.longest >= thresholds.consecutiveAbsences,
  };
}

export function isFlagged(flags: AttendanceFlags): boolean {
  return flags.overAbsenceThreshold || flags.consecutiveAbsences;
}
