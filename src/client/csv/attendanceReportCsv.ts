/**
 * Attendance reports as CSV for Excel (UTF-8 with a BOM, ';' separated, see `encodeCsv`):
 * a class set's report with a row per pupil and a totals row, and a school's report with a
 * row per class set. Headers, highlight words and the decimal mark follow the chosen
 * language (kk and ru write 93,3; en writes 93.3); codes in the headers follow the journal
 * (Ж/Д/А/К in Kazakh, н/п/б/о otherwise).
 */
import type { ClassSetAttendanceReport, SchoolAttendanceReport } from '@/domain/reports/classSetAttendanceReport';
import type { AttendanceFlags } from '@/domain/reports/attendanceFlags';
import type { Language } from '@/domain/language';
import { fullName } from '@/domain/person';
import kkReports from '../../../locales/kk/reports.json';
import ruReports from '../../../locales/ru/reports.json';
import enReports from '../../../locales/en/reports.json';

interface ReportCsvText {
  readonly pupil: string;
  readonly classSet: string;
  readonly grade: string;
  readonly pupils: string;
  readonly lessonsHeld: string;
  readonly absent: string;
  readonly excused: string;
  readonly ill: string;
  readonly missedTotal: string;
  readonly wholeDaysMissed: string;
  readonly late: string;
  readonly presentPercent: string;
  readonly longestRun: string;
  readonly highlight: string;
  readonly flaggedPupils: string;
  readonly total: string;
  readonly overThreshold: string;
  readonly consecutive: string;
  /** The first word of the downloaded file's name. */
  readonly fileName: string;
}

/**
 * The words come from locales/ (`csv.*Label` of the reports namespace) for the language the
 * head picks for the file, which may differ from the interface's: all three are bundled
 * with the reports screen, so a download never waits for the network.
 */
const CSV_TEXT_KEYS = [
  'pupil',
  'classSet',
  'grade',
  'pupils',
  'lessonsHeld',
  'absent',
  'excused',
  'ill',
  'missedTotal',
  'wholeDaysMissed',
  'late',
  'presentPercent',
  'longestRun',
  'highlight',
  'flaggedPupils',
  'total',
  'overThreshold',
  'consecutive',
  'fileName',
] as const satisfies ReadonlyArray<keyof ReportCsvText>;

function csvTextOf(locale: Readonly<Record<string, string>>): ReportCsvText {
  return Object.fromEntries(CSV_TEXT_KEYS.map((key) => [key, locale[`csv.${key}Label`] ?? key])) as unknown as ReportCsvText;
}

export const ATTENDANCE_REPORT_CSV_TEXT: Readonly<Record<Language, ReportCsvText>> = {
  kk: csvTextOf(kkReports),
  ru: csvTextOf(ruReports),
  en: csvTextOf(enReports),
};

/** A percent with at most one decimal, in the language's decimal mark; '' for none. */
export function formatCsvPercent(percent: number | null, language: Language): string {
  if (percent === null) return '';
  const text = String(Math.round(percent * 10) / 10);
  return language === 'en' ? text : text.replace('.', ',');
}

function highlightText(flags: AttendanceFlags, text: ReportCsvText): string {
  return [flags.overAbsenceThreshold ? text.overThreshold : '', flags.consecutiveAbsences ? text.consecutive : ''].filter((s) => s !== '').join(', ');
}

/** Rows of a class set's report: header, a row per pupil, the totals row. */
export function classSetReportCsvRows(report: ClassSetAttendanceReport, language: Language): string[][] {
  const t = ATTENDANCE_REPORT_CSV_TEXT[language];
  const header = [
    t.pupil,
    t.grade,
    t.lessonsHeld,
    t.absent,
    t.excused,
    t.ill,
    t.missedTotal,
    t.wholeDaysMissed,
    t.late,
    t.presentPercent,
    t.longestRun,
    t.highlight,
  ];
  const rows = report.rows.map((r) => [
    fullName(r.person),
    String(r.grade),
    String(r.summary.heldLessons),
    String(r.summary.missed.absent),
    String(r.summary.missed.excused),
    String(r.summary.missed.ill),
    String(r.summary.missed.total),
    String(r.summary.wholeDaysMissed.length),
    String(r.summary.latenesses),
    formatCsvPercent(r.summary.presentPercent, language),
    String(r.summary.absenceRuns.longest),
    highlightText(r.flags, t),
  ]);
  const s = report.totals;
  const totals = [
    t.total,
    '',
    String(s.pupilLessons),
    String(s.missed.absent),
    String(s.missed.excused),
    String(s.missed.ill),
    String(s.missed.total),
    String(s.wholeDaysMissed),
    String(s.latenesses),
    formatCsvPercent(s.presentPercent, language),
    '',
    String(s.flaggedPupils),
  ];
  return [header, ...rows, totals];
}

/** Rows of a school's report: header, a row per class set (named by `classSetNames`), the totals row. */
export function schoolReportCsvRows(report: SchoolAttendanceReport, classSetNames: ReadonlyMap<string, string>, language: Language): string[][] {
  const t = ATTENDANCE_REPORT_CSV_TEXT[language];
  const header = [
    t.classSet,
    t.pupils,
    t.lessonsHeld,
    t.absent,
    t.excused,
    t.ill,
    t.missedTotal,
    t.wholeDaysMissed,
    t.late,
    t.presentPercent,
    t.flaggedPupils,
  ];
  const line = (label: string, s: ClassSetAttendanceReport['totals']) => [
    label,
    String(s.pupils),
    String(s.pupilLessons),
    String(s.missed.absent),
    String(s.missed.excused),
    String(s.missed.ill),
    String(s.missed.total),
    String(s.wholeDaysMissed),
    String(s.latenesses),
    formatCsvPercent(s.presentPercent, language),
    String(s.flaggedPupils),
  ];
  return [header, ...report.classSets.map((c) => line(classSetNames.get(c.classSetId) ?? c.classSetId, c.totals)), line(t.total, report.totals)];
}
