/**
 * The school's attendance over the period, a row per class set (its name opens the class
 * set's report) and the school's totals: what the head reports to the district.
 */
import { useTranslation } from '../../../client/i18n/useTranslation';
import { JOURNAL_CODES, type JournalLanguage } from '../../../domain/attendance';
import type { SchoolAttendanceReport } from '../../../domain/reports/classSetAttendanceReport';
import type { AttendanceTotals } from '../../../domain/reports/attendanceTotals';
import { useReportFormat } from './useReportFormat';

interface Props {
  report: SchoolAttendanceReport;
  title: string;
  names: ReadonlyMap<string, string>;
  language: JournalLanguage;
  onClassSet: (classSetId: string) => void;
}

export function SchoolReportTable({ report, title, names, language, onClassSet }: Props) {
  const { t } = useTranslation(['reports']);
  const format = useReportFormat();
  const codes = JOURNAL_CODES[language];
  const figures = (s: AttendanceTotals) => (
    <>
      <td className="numeric" data-figure="pupils">{s.pupils}</td>
      <td className="numeric" data-figure="lessons">{s.pupilLessons}</td>
      <td className="numeric" data-figure="absent">{s.missed.absent}</td>
      <td className="numeric" data-figure="excused">{s.missed.excused}</td>
      <td className="numeric" data-figure="ill">{s.missed.ill}</td>
      <td className="numeric" data-figure="missed">{s.missed.total}</td>
      <td className="numeric" data-figure="wholeDays">{s.wholeDaysMissed}</td>
      <td className="numeric" data-figure="late">{s.latenesses}</td>
      <td className="numeric" data-figure="present">{format.percent(s.presentPercent)}</td>
      <td className="numeric" data-figure="flagged">{s.flaggedPupils}</td>
    </>
  );
  return (
    <div className="table-frame">
      <table className="data-table report-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('classSetColumnLabel')}</th>
            <th scope="col" className="numeric">{t('pupilsColumnLabel')}</th>
            <th scope="col" className="numeric">{t('pupilLessonsColumnLabel')}</th>
            <th scope="col" className="numeric">{t('absentColumnLabel', { code: codes.absent })}</th>
            <th scope="col" className="numeric">{t('excusedColumnLabel', { code: codes.excused })}</th>
            <th scope="col" className="numeric">{t('illColumnLabel', { code: codes.ill })}</th>
            <th scope="col" className="numeric">{t('missedColumnLabel')}</th>
            <th scope="col" className="numeric">{t('wholeDaysColumnLabel')}</th>
            <th scope="col" className="numeric">{t('lateColumnLabel', { code: codes.late })}</th>
            <th scope="col" className="numeric">{t('presentColumnLabel')}</th>
            <th scope="col" className="numeric">{t('flaggedColumnLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {report.classSets.map((c) => (
            <tr key={c.classSetId} data-class-set-id={c.classSetId} className={c.totals.flaggedPupils > 0 ? 'is-flagged' : undefined}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onClassSet(c.classSetId)}>
                  {names.get(c.classSetId) ?? c.classSetId}
                </button>
              </th>
              {figures(c.totals)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-totals="true">
            <th scope="row">{t('totalRowLabel')}</th>
            {figures(report.totals)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
