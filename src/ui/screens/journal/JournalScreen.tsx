/**
 * The Journal: a class set's page as the paper journal and Kundelik keep it, read-only. With
 * every subject, the attendance page (pupils × held lessons, one letter per cell); with a
 * subject and a quarter, that subject's page: the letters with the day's formative points,
 * each БЖБ and the ТЖБ, the term and year marks, to print (landscape A4) or to download for
 * Kundelik (XLSX, CSV). Attendance is set in the registers, scores in the gradebook; this
 * screen reuses the report's controls, grid and print stylesheet.
 */
import { Suspense } from 'react';
import { useClassSetReport } from '@/client/attendance/useAttendanceReport';
import { useReportChoices } from '@/client/attendance/useReportChoices';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useJournalPage } from '@/client/journal/useJournalPage';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { quarterOf } from '@/domain/academicCalendar';
import type { IsoDate } from '@/domain/dates';
import type { AcademicYear } from '@/domain/entities/academicYear';
import { journalLanguageOf } from '@/domain/reports/paperJournal';
import { ReportPeriodKind } from '@/domain/reports/reportPeriod';
import { EmptyState } from '@/ui/components/EmptyState';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { schoolToday } from '@/ui/components/schoolDates';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { subjectName } from '../attendance/attendanceText';
import { JournalGrid } from '../reports/JournalGrid';
import { JournalOptions } from '../reports/JournalOptions';
import { ReportControls } from '../reports/ReportControls';
import { rangeOf, readSelection, SCHOOL_SCOPE, yearFor } from '../reports/reportSelection';
import { useReportFormat } from '../reports/useReportFormat';
import { JournalPageGrid } from './JournalPageGrid';
import { KundelikDownloads } from './KundelikDownloads';
import '../reports/reports.css';
import '../reports/print.css';

/** The quarter of `today`; in a vacation the one just ended, before the year the first. */
function quarterAround(year: Pick<AcademicYear, 'quarters'> | undefined, today: IsoDate): number {
  if (!year) return 1;
  return quarterOf(today, year) ?? Math.max(1, year.quarters.filter((q) => q.startsOn <= today).length);
}

export default function JournalScreen() {
  const { t } = useTranslation(['journal', 'reports', 'common']);
  const user = useSessionStore(selectUser);
  const setup = useReportChoices();
  const params = useScreenParams();
  const format = useReportFormat();
  const today = schoolToday();
  const active = setup?.classSets.filter((c) => c.status === 'active') ?? [];
  // The journal keeps a page per subject and quarter: once a subject is chosen, the page
  // opens on the quarter of today unless the address asks for another period.
  const defaults: Readonly<Record<string, string>> = {
    ...(params.get('subject') ? { period: ReportPeriodKind.quarter } : {}),
    quarter: String(quarterAround(setup ? yearFor(setup.years, today) : undefined, today)),
  };
  const requested = readSelection((key) => params.get(key) ?? defaults[key], today, active[0]?.id ?? SCHOOL_SCOPE);
  const selection = requested.scope === SCHOOL_SCOPE ? { ...requested, scope: active[0]?.id ?? SCHOOL_SCOPE } : requested;
  const classSet = setup?.classSets.find((c) => c.id === selection.scope);
  const year = setup ? yearFor(setup.years, selection.date) : undefined;
  const range = rangeOf(selection, year);
  const subject = selection.subjectId !== undefined ? setup?.subjects.get(selection.subjectId) : undefined;
  const byQuarter = selection.kind === ReportPeriodKind.quarter;
  const pageQuery =
    classSet && subject && selection.subjectId && byQuarter
      ? { classSetId: classSet.id, subjectId: selection.subjectId, quarter: selection.quarter, form: selection.form }
      : undefined;
  const page = useJournalPage(pageQuery);
  const attendance = useClassSetReport(pageQuery ? undefined : classSet?.id, range, selection.thresholds, {
    language: journalLanguageOf(classSet?.language ?? 'kk'),
    form: selection.form,
    subjectId: selection.subjectId,
  });
  if (!user) return null;
  const onChange = (patch: Readonly<Record<string, string | undefined>>) => params.set(patch, { replace: true });
  const subjectText = subject ? subjectName(subject.names, currentLanguage()) : t('reports:allSubjectsLabel');
  const loading = <p className="screen-loading">{t('common:loadingMessage')}</p>;

  const body = () => {
    if (pageQuery) {
      if (page === undefined) return loading;
      if (page === null) return <p className="hint">{t('noQuarterMessage')}</p>;
      return (
        <div className="report-body">
          <JournalPageGrid
            page={page.page}
            title={t('reports:journalGridTitle', { name: page.classSetName, range: format.range(page.range), subject: subjectText })}
          />
        </div>
      );
    }
    if (range === undefined) return null;
    if (attendance === undefined) return loading;
    return (
      <div className="report-body">
        <JournalGrid
          journal={attendance.journal}
          title={t('reports:journalGridTitle', { name: classSet?.name ?? '', range: format.range(range), subject: subjectText })}
        />
      </div>
    );
  };

  return (
    <ScreenLayout title={t('screenTitle')}>
      {setup === undefined ? (
        loading
      ) : active.length === 0 ? (
        <EmptyState title={t('reports:noClassSetsTitle')} message={t('reports:noClassSetsMessage')} />
      ) : (
        <>
          <p className="hint no-print">{t('hintMessage')}</p>
          <ReportControls
            selection={selection}
            setup={setup}
            onChange={onChange}
            hasYear={year !== undefined}
            hasSchoolOption={false}
            hasThresholds={false}
          />
          <JournalOptions form={selection.form} subjectId={selection.subjectId} subjects={setup.subjects} onChange={onChange} />
          {!subject ? (
            <p className="hint no-print">{t('chooseSubjectMessage')}</p>
          ) : (
            !byQuarter && <p className="hint no-print">{t('chooseQuarterMessage')}</p>
          )}
          <div className="report-actions no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              {t('reports:printJournalAction')}
            </button>
            {pageQuery && page && subject && (
              // The file's words load in the class's journal language on first use.
              <Suspense fallback={null}>
                <KundelikDownloads data={page} schoolName={user.schoolName} subjectNames={subject.names} quarter={selection.quarter} />
              </Suspense>
            )}
          </div>
          <p className="print-only print-heading">{user.schoolName}</p>
          {body()}
        </>
      )}
    </ScreenLayout>
  );
}
