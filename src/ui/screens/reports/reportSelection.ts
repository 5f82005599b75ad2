/**
 * What a report shows, as kept in the address (`#/reports?scope=…&period=week&date=…`):
 * the class set (or the whole school), the period, a pupil, the highlight limits and the
 * journal's form and subject. Missing or malformed values fall back to defaults, so any
 * address opens a report. Resolving the period needs the academic year that holds it.
 */
import { weekOf, type Quarter } from '@/domain/academicCalendar';
import { isIsoDate, type IsoDate } from '@/domain/dates';
import type { AcademicYear } from '@/domain/entities/academicYear';
import type { AttendanceThresholds } from '@/domain/reports/attendanceFlags';
import { JournalForm } from '@/domain/reports/paperJournal';
import { periodRange, ReportPeriodKind, type DateRange, type ReportPeriod } from '@/domain/reports/reportPeriod';

/** The `scope` value for the school's report (every class set). */
export const SCHOOL_SCOPE = 'school';

/** Defaults a school may change on the report itself. */
export const DEFAULT_THRESHOLDS: AttendanceThresholds = { absencePercent: 20, consecutiveAbsences: 3 };

export interface ReportSelection {
  /** A class set id, or `SCHOOL_SCOPE`. */
  readonly scope: string;
  readonly kind: ReportPeriodKind;
  readonly date: IsoDate;
  readonly quarter: Quarter;
  readonly half: 1 | 2;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly pupilId: string | undefined;
  readonly thresholds: AttendanceThresholds;
  /** The limits as typed (possibly empty while someone types), for the fields. */
  readonly thresholdTexts: { readonly limit: string; readonly run: string };
  readonly form: JournalForm;
  readonly subjectId: string | undefined;
}

const isKind = (value: string | undefined): value is ReportPeriodKind => value !== undefined && Object.hasOwn(ReportPeriodKind, value);

function wholeNumber(value: string | undefined, fallback: number, max: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(n) && n >= 0 && n <= max ? n : fallback;
}

export function readSelection(get: (key: string) => string | undefined, today: IsoDate, defaultScope: string): ReportSelection {
  const date = isIsoDate(get('date')) ? get('date')! : today;
  const from = isIsoDate(get('from')) ? get('from')! : date;
  const to = isIsoDate(get('to')) ? get('to')! : date;
  const kind = get('period');
  return {
    scope: get('scope') ?? defaultScope,
    kind: isKind(kind) ? kind : ReportPeriodKind.week,
    date,
    quarter: Math.max(1, wholeNumber(get('quarter'), 1, 4)) as Quarter,
    half: get('half') === '2' ? 2 : 1,
    from: from <= to ? from : to,
    to: from <= to ? to : from,
    pupilId: get('pupil') || undefined,
    thresholds: {
      absencePercent: wholeNumber(get('limit'), DEFAULT_THRESHOLDS.absencePercent, 100),
      consecutiveAbsences: wholeNumber(get('run'), DEFAULT_THRESHOLDS.consecutiveAbsences, 99),
    },
    thresholdTexts: {
      limit: get('limit') ?? String(DEFAULT_THRESHOLDS.absencePercent),
      run: get('run') ?? String(DEFAULT_THRESHOLDS.consecutiveAbsences),
    },
    form: get('form') === JournalForm.detailed ? JournalForm.detailed : JournalForm.paper,
    subjectId: get('subject') || undefined,
  };
}

/** The year whose dates hold `date`, else the latest one. */
export function yearFor<Y extends Pick<AcademicYear, 'startsOn' | 'endsOn'>>(years: readonly Y[], date: IsoDate): Y | undefined {
  return years.find((y) => y.startsOn <= date && date <= y.endsOn) ?? years.at(-1);
}

function periodOf(selection: ReportSelection): ReportPeriod {
  switch (selection.kind) {
    case ReportPeriodKind.day:
      return { kind: 'day', date: selection.date };
    case ReportPeriodKind.week:
      return { kind: 'week', date: selection.date };
    case ReportPeriodKind.quarter:
      return { kind: 'quarter', quarter: selection.quarter };
    case ReportPeriodKind.halfYear:
      return { kind: 'halfYear', half: selection.half };
    case ReportPeriodKind.year:
      return { kind: 'year' };
    case ReportPeriodKind.custom:
      return { kind: 'custom', from: selection.from, to: selection.to };
  }
}

/** The dates the report covers; `undefined` for a period of the year when no year is set up. */
export function rangeOf(selection: ReportSelection, year: Pick<AcademicYear, 'quarters'> | undefined): DateRange | undefined {
  const period = periodOf(selection);
  switch (period.kind) {
    case 'day':
      return { from: period.date, to: period.date };
    case 'week':
      return weekOf(period.date);
    case 'custom':
      return { from: period.from, to: period.to };
    default:
      return year === undefined ? undefined : periodRange(period, year);
  }
}
