/**
 * Attendance reports (`attendanceReports`), kept current: a mark synced in while the report
 * is open updates it. `undefined` while loading (or while nothing is chosen).
 */
import type { AttendanceThresholds } from '../../domain/reports/attendanceFlags';
import type { SchoolAttendanceReport } from '../../domain/reports/classSetAttendanceReport';
import type { PaperJournalOptions } from '../../domain/reports/paperJournal';
import type { PupilAttendanceReport } from '../../domain/reports/pupilAttendanceReport';
import type { DateRange } from '../../domain/reports/reportPeriod';
import { REPORT_TABLES } from './attendanceTables';
import { loadClassSetReport, loadPupilReport, loadSchoolReport, type ClassSetReportWithJournal } from './attendanceReports';
import { useWatchedRead } from './useWatchedRead';

export function useClassSetReport(
  dbName: string,
  classSetId: string | undefined,
  range: DateRange | undefined,
  thresholds: AttendanceThresholds,
  journal: PaperJournalOptions,
): ClassSetReportWithJournal | undefined {
  return useWatchedRead(
    dbName,
    REPORT_TABLES,
    async (db) => (classSetId && range ? loadClassSetReport(db, classSetId, range, thresholds, journal) : undefined),
    [classSetId, range, thresholds, journal],
  );
}

export function useSchoolReport(
  dbName: string,
  classSetIds: readonly string[] | undefined,
  range: DateRange | undefined,
  thresholds: AttendanceThresholds,
): SchoolAttendanceReport | undefined {
  return useWatchedRead(
    dbName,
    REPORT_TABLES,
    async (db) => (classSetIds && range ? loadSchoolReport(db, classSetIds, range, thresholds) : undefined),
    [classSetIds, range, thresholds],
  );
}

export function usePupilReport(
  dbName: string,
  pupilId: string | undefined,
  range: DateRange | undefined,
  thresholds: AttendanceThresholds,
): PupilAttendanceReport | undefined {
  return useWatchedRead(
    dbName,
    REPORT_TABLES,
    async (db) => (pupilId && range ? loadPupilReport(db, pupilId, range, thresholds) : undefined),
    [pupilId, range, thresholds],
  );
}
