/**
 * One pupil's attendance over the period (every lesson they were expected at, in all their
 * class sets and groups): the counts, the highlights, and each lesson they missed or came
 * late to, with its date, period, subject and journal letter.
 */
import { useId } from 'react';
import { usePupilReport } from '@/client/attendance/useAttendanceReport';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { AttendanceStatus, journalCode, type JournalLanguage } from '@/domain/attendance';
import type { LocalizedText } from '@/domain/language';
import type { AttendanceThresholds } from '@/domain/reports/attendanceFlags';
import type { DateRange } from '@/domain/reports/reportPeriod';
import { fullName } from '@/domain/person';
import { ATTENDANCE_STATUS_LABEL_KEYS, subjectName } from '../attendance/attendanceText';
import { LONG_DATE, useIsoDateFormat } from '@/ui/components/schoolDates';
import { useReportFormat } from './useReportFormat';

interface Props {
  pupilId: string;
  range: DateRange;
  thresholds: AttendanceThresholds;
  language: JournalLanguage;
  subjects: ReadonlyMap<string, { readonly names: LocalizedText }>;
  onClose: () => void;
}

export function PupilReportPanel({ pupilId, range, thresholds, language, subjects, onClose }: Props) {
  const { t } = useTranslation(['reports', 'attendance', 'common']);
  const report = usePupilReport(pupilId, range, thresholds);
  const format = useReportFormat();
  const formatDate = useIsoDateFormat();
  const titleId = useId();
  if (report === undefined) return <p className="screen-loading">{t('common:loadingMessage')}</p>;
  const s = report.summary;
  const notPresent = report.lessons.filter((l) => l.status !== AttendanceStatus.present);
  return (
    <section className="panel pupil-report" aria-labelledby={titleId} data-pupil-id={pupilId}>
      <h2 id={titleId}>{fullName(report.person)}</h2>
      <dl className="facts">
        <dt>{t('lessonsColumnLabel')}</dt>
        <dd>{s.heldLessons}</dd>
        <dt>{t('missedColumnLabel')}</dt>
        <dd>
          {t('missedByCodeMessage', {
            total: s.missed.total,
            absent: s.missed.absent,
            excused: s.missed.excused,
            ill: s.missed.ill,
            absentCode: journalCode('absent', language),
            excusedCode: journalCode('excused', language),
            illCode: journalCode('ill', language),
          })}
        </dd>
        <dt>{t('wholeDaysColumnLabel')}</dt>
        <dd>{s.wholeDaysMissed.length}</dd>
        <dt>{t('lateColumnLabel', { code: journalCode('late', language) })}</dt>
        <dd>{s.latenesses}</dd>
        <dt>{t('presentColumnLabel')}</dt>
        <dd>{format.percent(s.presentPercent)}</dd>
      </dl>
      {report.flags.overAbsenceThreshold && (
        <p className="highlight">
          <span aria-hidden="true">⚠ </span>
          {t('overThresholdMessage', { percent: format.percent(report.absencePercent), limit: thresholds.absencePercent })}
        </p>
      )}
      {report.flags.consecutiveAbsences && (
        <p className="highlight">
          <span aria-hidden="true">⚠ </span>
          {t('consecutiveMessage', { count: s.absenceRuns.longest })}
        </p>
      )}
      {notPresent.length === 0 ? (
        <p>{t('noAbsencesMessage')}</p>
      ) : (
        <table className="data-table">
          <caption>{t('missedLessonsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dateColumnLabel')}</th>
              <th scope="col">{t('lessonColumnLabel')}</th>
              <th scope="col">{t('subjectColumnLabel')}</th>
              <th scope="col">{t('statusColumnLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {notPresent.map((l) => (
              <tr key={l.sessionId}>
                <td>{formatDate(l.date, LONG_DATE)}</td>
                <td>{l.period}</td>
                <td>{subjectName(subjects.get(l.subjectId)?.names, currentLanguage())}</td>
                <td>
                  {journalCode(l.status, language)} — {t(ATTENDANCE_STATUS_LABEL_KEYS[l.status])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button button-quiet" onClick={onClose}>
        {t('closePupilAction')}
      </button>
    </section>
  );
}
