/**
 * A class set's attendance over the period, a row per pupil: lessons held, missed by code
 * (in the letters of the class's journal), whole days missed, latenesses, percent present,
 * and the highlights, written out in words with a warning sign (never by colour alone).
 * A pupil's name opens their own report. The totals row sums the class.
 */
import type { ClassSetAttendanceReport, PupilAttendanceRow } from '@/domain/reports/classSetAttendanceReport';
import type { JournalLanguage } from '@/domain/attendance';
import { fullName } from '@/domain/person';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { AttendanceThresholds } from '@/domain/reports/attendanceFlags';
import { MissedColumnHeaders } from './MissedColumnHeaders';
import { MissedFigureCells } from './MissedFigureCells';
import { totalsFigures } from './totalsFigures';
import { useReportFormat } from './useReportFormat';

interface Props {
  report: ClassSetAttendanceReport;
  title: string;
  language: JournalLanguage;
  thresholds: AttendanceThresholds;
  onPupil: (pupilId: string) => void;
}

export function ClassSetReportTable({ report, title, language, thresholds, onPupil }: Props) {
  const { t } = useTranslation(['reports']);
  const format = useReportFormat();
  const totals = report.totals;
  return (
    <div className="table-frame">
      <table className="data-table report-table" data-class-set-id={report.classSetId}>
        <caption>
          {title}
          <span className="hint">{t('lessonsHeldMessage', { count: report.heldLessons })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('pupilColumnLabel')}</th>
            <th scope="col" className="numeric">
              {t('gradeColumnLabel')}
            </th>
            <th scope="col" className="numeric">
              {t('lessonsColumnLabel')}
            </th>
            <MissedColumnHeaders language={language} />
            <th scope="col">{t('highlightColumnLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <PupilRow key={row.pupilId} row={row} thresholds={thresholds} onPupil={onPupil} percent={format.percent} />
          ))}
        </tbody>
        <tfoot>
          <tr data-totals="true">
            <th scope="row">{t('totalRowLabel')}</th>
            <td className="numeric">{t('pupilCountMessage', { count: totals.pupils })}</td>
            <td className="numeric" data-figure="lessons">
              {totals.pupilLessons}
            </td>
            <MissedFigureCells figures={totalsFigures(totals)} percent={format.percent} />
            <td data-figure="flagged">{t('flaggedCountMessage', { count: totals.flaggedPupils })}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function PupilRow({
  row,
  thresholds,
  onPupil,
  percent,
}: {
  row: PupilAttendanceRow;
  thresholds: AttendanceThresholds;
  onPupil: (id: string) => void;
  percent: (value: number | null) => string;
}) {
  const { t } = useTranslation(['reports']);
  const s = row.summary;
  const highlights = [
    row.flags.overAbsenceThreshold ? t('overThresholdMessage', { percent: percent(row.absencePercent), limit: thresholds.absencePercent }) : '',
    row.flags.consecutiveAbsences ? t('consecutiveMessage', { count: s.absenceRuns.longest }) : '',
  ].filter((h) => h !== '');
  return (
    <tr data-pupil-id={row.pupilId} className={highlights.length ? 'is-flagged' : undefined}>
      <th scope="row">
        <button type="button" className="link-button" onClick={() => onPupil(row.pupilId)}>
          {fullName(row.person)}
        </button>
      </th>
      <td className="numeric">{row.grade}</td>
      <td className="numeric" data-figure="lessons">
        {s.heldLessons}
      </td>
      <MissedFigureCells
        figures={{ ...s.missed, missed: s.missed.total, wholeDays: s.wholeDaysMissed.length, late: s.latenesses, presentPercent: s.presentPercent }}
        percent={percent}
      />
      <td data-figure="highlight">
        {highlights.map((text) => (
          <span key={text} className="highlight">
            <span aria-hidden="true">⚠ </span>
            {text}
          </span>
        ))}
      </td>
    </tr>
  );
}
