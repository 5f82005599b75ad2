/**
 * Attendance reports (`attendanceReports`), kept current: a mark synced in while the report
 * is open updates it. `undefined` while loading (or while nothing is chosen).
 */
import type { AttendanceThresholds } from '@/domain/reports/attendanceFlags';
import type { SchoolAttendanceReport } from '@/domain/reports/classSetAttendanceReport';
import type { PaperJournalOptions } from '@/domain/reports/paperJournal';
import type { PupilAttendanceReport } from '@/domain/reports/pupilAttendanceReport';
import type { DateRange } from '@/domain/reports/reportPeriod';
import { loadClassSetReport, loadPupilReport, loadSchoolReport, type ClassSetReportWithJournal } from './attendanceReports';
import { useLiveRead } from '../workspace/useLiveRead';

export function useClassSetReport(
  classSetId: string | undefined,
  range: DateRange | undefined,
  thresholds: AttendanceThresholds,
  journal: PaperJournalOptions,
): ClassSetReportWithJournal | undefined {
  return useLiveRead(
    async (db) => (classSetId && range ? loadClassSetReport(db, classSetId, range, thresholds, journal) : undefined),
    [classSetId, range, thresholds, journal],
  );
}

export function useSchoolReport(
  classSetIds: readonly string[] | undefined,
  range: DateRange | undefined,
  thresholds: AttendanceThresholds,
): SchoolAttendanceReport | undefined {
  return useLiveRead(
    async (db) => (classSetIds && range ? loadSchoolReport(db, classSetIds, range, thresholds) : undefined),
    [classSetIds, range, thresholds],
  );
}

export function usePupilReport(
  pupilId: string | undefined,
  range: DateRange | undefined,
  thresholds: AttendanceThresholds,
): PupilAttendanceReport | undefined {
  return useLiveRead(async (db) => (pupilId && range ? loadPupilReport(db, pupilId, range, thresholds) : undefined), [pupilId, range, thresholds]);
}
