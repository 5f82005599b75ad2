/** Translation keys for the closed sets the reports show. */
import type { ReportPeriodKind } from '@/domain/reports/reportPeriod';
import type { JournalForm } from '@/domain/reports/paperJournal';

export const PERIOD_LABEL_KEYS = {
  day: 'reports:dayPeriodLabel',
  week: 'reports:weekPeriodLabel',
  quarter: 'reports:quarterPeriodLabel',
  halfYear: 'reports:halfYearPeriodLabel',
  year: 'reports:yearPeriodLabel',
  custom: 'reports:customPeriodLabel',
} as const satisfies Record<ReportPeriodKind, string>;

export const FORM_LABEL_KEYS = {
  paper: 'reports:paperFormLabel',
  detailed: 'reports:detailedFormLabel',
} as const satisfies Record<JournalForm, string>;
