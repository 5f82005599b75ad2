/**
 * Attendance reports read from the laptop: the rows a report needs (by the indexes made for
 * them, never a scan of every mark) indexed once with `indexAttendance`, then the pure
 * report builders of src/domain/reports. A class set's report comes with its paper journal
 * grid, built from the same index, for printing.
 */
import type { AttendanceThresholds } from '@/domain/reports/attendanceFlags';
import { indexAttendance } from '@/domain/reports/attendanceIndex';
import {
  classSetAttendanceReport,
  schoolAttendanceReport,
  type ClassSetAttendanceReport,
  type SchoolAttendanceReport,
} from '@/domain/reports/classSetAttendanceReport';
import { paperJournal, type PaperJournal, type PaperJournalOptions } from '@/domain/reports/paperJournal';
import { pupilAttendanceReport, type PupilAttendanceReport } from '@/domain/reports/pupilAttendanceReport';
import type { DateRange } from '@/domain/reports/reportPeriod';
import type { SandyqDb } from '../db/db';
import { readClassSetAttendance, readPupilAttendance } from '../db/queries/readAttendanceData';

export interface ClassSetReportWithJournal {
  readonly report: ClassSetAttendanceReport;
  readonly journal: PaperJournal;
}

export async function loadClassSetReport(
  db: SandyqDb,
  classSetId: string,
  range: DateRange,
  thresholds: AttendanceThresholds,
  journalOptions: PaperJournalOptions,
): Promise<ClassSetReportWithJournal> {
  const index = indexAttendance(await readClassSetAttendance(db, [classSetId], range));
  return {
    report: classSetAttendanceReport(index, classSetId, range, thresholds),
    journal: paperJournal(index, classSetId, range, journalOptions),
  };
}

export async function loadSchoolReport(
  db: SandyqDb,
  classSetIds: readonly string[],
  range: DateRange,
  thresholds: AttendanceThresholds,
): Promise<SchoolAttendanceReport> {
  const index = indexAttendance(await readClassSetAttendance(db, classSetIds, range));
  return schoolAttendanceReport(index, classSetIds, range, thresholds);
}

export async function loadPupilReport(
  db: SandyqDb,
  pupilId: string,
  range: DateRange,
  thresholds: AttendanceThresholds,
): Promise<PupilAttendanceReport | undefined> {
  const index = indexAttendance(await readPupilAttendance(db, pupilId, range));
  return pupilAttendanceReport(index, pupilId, range, thresholds);
}
