/**
 * One pupil's report as it prints on one A4 page: the school, the title and quarter, the
 * pupil, class set, period and date; each subject's figures; the quarter's attendance; and
 * the lines the class teacher, the head and a parent sign. Entirely in the report's
 * language (`lang` on the page, so a screen reader reads it right in any interface).
 */
import { useId } from 'react';
import type { ReportT } from '@/client/parentReports/useReportTranslation';
import type { IsoDate } from '@/domain/dates';
import { pickLocalized, type InstructionLanguage } from '@/domain/language';
import { fullName, NameOrder, type PersonName } from '@/domain/person';
import type { AttendanceFigure, PupilAchievementReport } from '@/domain/reports/pupilAchievementReport';
import type { ReportFormat } from './reportFormat';
import { SubjectFigures } from './SubjectFigures';

export interface PageHeading {
  readonly schoolName: string;
  readonly classSetName: string;
  readonly quarter: number;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate } | undefined;
  readonly today: IsoDate;
  readonly homeroomTeacher: PersonName | undefined;
  readonly head: PersonName | undefined;
}

interface Props {
  report: PupilAchievementReport;
  heading: PageHeading;
  t: ReportT;
  language: InstructionLanguage;
  format: ReportFormat;
}

export function ParentReportPage({ report, heading, t, language, format }: Props) {
  const nameId = useId();
  const subjects = [...report.subjects].sort((a, b) =>
    pickLocalized(a.names, [language]).localeCompare(pickLocalized(b.names, [language]), language),
  );
  return (
    <article className="parent-report-page" lang={language} aria-labelledby={nameId} data-pupil-id={report.pupil.id}>
      <header className="parent-report-header">
        <p className="parent-report-school">{heading.schoolName}</p>
        <p className="parent-report-title">
          {t('parentReports:reportTitle')} · {t('parentReports:quarterTitle', { quarter: heading.quarter })}
        </p>
        <h2 id={nameId}>{fullName(report.pupil)}</h2>
        <p className="parent-report-meta">
          {t('parentReports:classSetLabel', { name: heading.classSetName })}, {t('parentReports:gradeLabel', { grade: report.pupil.grade })}
          {heading.period && (
            <> · {t('parentReports:periodLabel', { range: `${format.date(heading.period.from)} – ${format.date(heading.period.to)}` })}</>
          )}{' '}
          · {t('parentReports:dateLabel', { date: format.date(heading.today) })}
        </p>
      </header>
      {subjects.length === 0 ? (
        <p>{t('parentReports:noWorkMessage')}</p>
      ) : (
        subjects.map((s) => <SubjectFigures key={s.subjectId} subject={s} t={t} language={language} format={format} />)
      )}
      <Attendance attendance={report.attendance} t={t} format={format} />
      <div className="parent-report-signatures">
        <Signature label={t('parentReports:homeroomSignatureLabel')} person={heading.homeroomTeacher} t={t} />
        <Signature label={t('parentReports:headSignatureLabel')} person={heading.head} t={t} />
        <Signature label={t('parentReports:parentSignatureLabel')} person={undefined} t={t} />
      </div>
    </article>
  );
}

function Attendance({ attendance: a, t, format }: { attendance: AttendanceFigure | null; t: ReportT; format: ReportFormat }) {
  return (
    <div className="parent-report-attendance">
      <h3>{t('parentReports:attendanceTitle')}</h3>
      {a === null || a.heldLessons === 0 ? (
        <p>{t('parentReports:noLessonsMessage')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('parentReports:lessonsLabel')}</dt>
          <dd>{a.heldLessons}</dd>
          <dt>{t('parentReports:missedLabel')}</dt>
          <dd>
            {t('parentReports:missedByReasonMessage', {
              total: a.missed.total,
              absent: a.missed.absent,
              excused: a.missed.excused,
              ill: a.missed.ill,
            })}
          </dd>
          <dt>{t('parentReports:wholeDaysLabel')}</dt>
          <dd>{a.wholeDaysMissed}</dd>
          <dt>{t('parentReports:latenessesLabel')}</dt>
          <dd>{a.latenesses}</dd>
          <dt>{t('parentReports:presentLabel')}</dt>
          <dd>{format.presentPercent(a.presentPercent)}</dd>
        </dl>
      )}
    </div>
  );
}

function Signature({ label, person, t }: { label: string; person: PersonName | undefined; t: ReportT }) {
  return (
    <div className="signature">
      <p className="signature-role">{label}</p>
      <p className="signature-name">{person ? fullName(person, NameOrder.initials) : ' '}</p>
      <p className="signature-line">{t('parentReports:signatureHintLabel')}</p>
    </div>
  );
}
