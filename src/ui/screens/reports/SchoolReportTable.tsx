/**
 * The school's attendance over the period, a row per class set (its name opens the class
 * set's report) and the school's totals: what the head reports to the district.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { JournalLanguage } from '@/domain/attendance';
import type { SchoolAttendanceReport } from '@/domain/reports/classSetAttendanceReport';
import type { AttendanceTotals } from '@/domain/reports/attendanceTotals';
import { MissedColumnHeaders } from './MissedColumnHeaders';
import { MissedFigureCells } from './MissedFigureCells';
import { totalsFigures } from './totalsFigures';
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
  const figures = (s: AttendanceTotals) => (
    <>
      <td className="numeric" data-figure="pupils">
        {s.pupils}
      </td>
      <td className="numeric" data-figure="lessons">
        {s.pupilLessons}
      </td>
      <MissedFigureCells figures={totalsFigures(s)} percent={format.percent} />
      <td className="numeric" data-figure="flagged">
        {s.flaggedPupils}
      </td>
    </>
  );
  return (
    <div className="table-frame">
      <table className="data-table report-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('classSetColumnLabel')}</th>
            <th scope="col" className="numeric">
              {t('pupilsColumnLabel')}
            </th>
            <th scope="col" className="numeric">
              {t('pupilLessonsColumnLabel')}
            </th>
            <MissedColumnHeaders language={language} />
            <th scope="col" className="numeric">
              {t('flaggedColumnLabel')}
            </th>
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
