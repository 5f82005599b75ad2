/**
 * The assistant's Journal: a class set's attendance page as the paper journal keeps it
 * (pupils × held lessons, one letter per cell), read-only, for copying into Kundelik or
 * printing. Marks are set in the registers (Today, Attendance); this screen reuses the
 * report's journal grid and print stylesheet.
 */
import { useClassSetReport } from '@/client/attendance/useAttendanceReport';
import { useReportChoices } from '@/client/attendance/useReportChoices';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { journalLanguageOf } from '@/domain/reports/paperJournal';
import { EmptyState } from '@/ui/components/EmptyState';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { subjectName } from '../attendance/attendanceText';
import { schoolToday } from '@/ui/components/schoolDates';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { JournalGrid } from '../reports/JournalGrid';
import { JournalOptions } from '../reports/JournalOptions';
import { ReportControls } from '../reports/ReportControls';
import { rangeOf, readSelection, SCHOOL_SCOPE, yearFor } from '../reports/reportSelection';
import { useReportFormat } from '../reports/useReportFormat';
import '../reports/reports.css';
import '../reports/print.css';

export default function JournalScreen() {
  const { t } = useTranslation(['journal', 'reports', 'common']);
  const user = useSessionStore(selectUser);
  const setup = useReportChoices();
  const params = useScreenParams();
  const format = useReportFormat();
  const active = setup?.classSets.filter((c) => c.status === 'active') ?? [];
  const requested = readSelection(params.get, schoolToday(), active[0]?.id ?? SCHOOL_SCOPE);
  const selection = requested.scope === SCHOOL_SCOPE ? { ...requested, scope: active[0]?.id ?? SCHOOL_SCOPE } : requested;
  const classSet = setup?.classSets.find((c) => c.id === selection.scope);
  const year = setup ? yearFor(setup.years, selection.date) : undefined;
  const range = rangeOf(selection, year);
  const data = useClassSetReport(classSet?.id, range, selection.thresholds, {
    language: journalLanguageOf(classSet?.language ?? 'kk'),
    form: selection.form,
    subjectId: selection.subjectId,
  });
  if (!user) return null;
  const onChange = (patch: Readonly<Record<string, string | undefined>>) => params.set(patch, { replace: true });
  const subject = selection.subjectId !== undefined ? setup?.subjects.get(selection.subjectId) : undefined;
  return (
    <ScreenLayout title={t('screenTitle')}>
      {setup === undefined ? (
        <p className="screen-loading">{t('common:loadingMessage')}</p>
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
          <div className="report-actions no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              {t('reports:printJournalAction')}
            </button>
          </div>
          <p className="print-only print-heading">{user.schoolName}</p>
          {range === undefined ? null : data === undefined ? (
            <p className="screen-loading">{t('common:loadingMessage')}</p>
          ) : (
            <div className="report-body">
              <JournalGrid
                journal={data.journal}
                title={t('reports:journalGridTitle', {
                  name: classSet?.name ?? '',
                  range: format.range(range),
                  subject: subject ? subjectName(subject.names, currentLanguage()) : t('reports:allSubjectsLabel'),
                })}
              />
            </div>
          )}
        </>
      )}
    </ScreenLayout>
  );
}
