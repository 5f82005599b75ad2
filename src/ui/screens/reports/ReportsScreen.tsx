/**
 * Attendance reports, for the head and teachers: the whole school or one class set (or one
 * of its pupils) over a day, a week, a quarter, a half-year, the year or any dates; lessons
 * missed by code, whole days missed, latenesses, percent present, and the pupils over the
 * absence limit or with a run of missed lessons highlighted. A class set's report prints
 * as the paper journal (print stylesheet) and every report downloads as CSV and XLSX.
 * What is shown lives in the address.
 */
import { useMemo } from 'react';
import { useClassSetReport, useSchoolReport } from '@/client/attendance/useAttendanceReport';
import { useReportChoices, type ReportChoices } from '@/client/attendance/useReportChoices';
import { ATTENDANCE_REPORT_CSV_TEXT, classSetReportCsvRows, schoolReportCsvRows } from '@/client/csv/attendanceReportCsv';
import { withNumbers } from '@/client/xlsx/encodeXlsx';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { useSignedInUser } from '@/client/workspace/sessionContext';
import { journalLanguageOf } from '@/domain/reports/paperJournal';
import type { DateRange } from '@/domain/reports/reportPeriod';
import { EmptyState } from '@/ui/components/EmptyState';
import { TableExport } from '@/ui/components/TableExport';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { subjectName } from '../attendance/attendanceText';
import { schoolToday } from '@/ui/components/schoolDates';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { ClassSetReportTable } from './ClassSetReportTable';
import { JournalGrid } from './JournalGrid';
import { JournalOptions } from './JournalOptions';
import { PupilReportPanel } from './PupilReportPanel';
import { ReportControls } from './ReportControls';
import { rangeOf, readSelection, SCHOOL_SCOPE, yearFor, type ReportSelection } from './reportSelection';
import { SchoolReportTable } from './SchoolReportTable';
import { useReportFormat } from './useReportFormat';
import './reports.css';
import './print.css';

export default function ReportsScreen() {
  const { t } = useTranslation(['reports', 'common']);
  const user = useSessionStore(selectUser);
  const setup = useReportChoices();
  const params = useScreenParams();
  if (!user) return null;
  return (
    <ScreenLayout title={t('screenTitle')}>
      {setup === undefined ? (
        <p className="screen-loading">{t('common:loadingMessage')}</p>
      ) : setup.classSets.length === 0 ? (
        <EmptyState title={t('noClassSetsTitle')} message={t('noClassSetsMessage')} />
      ) : (
        <Reports
          setup={setup}
          selection={readSelection(params.get, schoolToday(), setup.classSets.find((c) => c.status === 'active')?.id ?? SCHOOL_SCOPE)}
          onChange={(patch) => params.set(patch, { replace: true })}
        />
      )}
    </ScreenLayout>
  );
}

interface ReportsProps {
  setup: ReportChoices;
  selection: ReportSelection;
  onChange: (patch: Readonly<Record<string, string | undefined>>) => void;
}

function Reports({ setup, selection, onChange }: ReportsProps) {
  const { t } = useTranslation(['reports']);
  const user = useSignedInUser();
  const format = useReportFormat();
  const year = yearFor(setup.years, selection.date);
  const range = rangeOf(selection, year);
  const names = useMemo(() => new Map(setup.classSets.map((c) => [c.id, c.name])), [setup.classSets]);
  return (
    <>
      <ReportControls selection={selection} setup={setup} onChange={onChange} hasYear={year !== undefined} />
      <p className="print-only print-heading">
        {user.schoolName} · {selection.scope === SCHOOL_SCOPE ? t('wholeSchoolLabel') : names.get(selection.scope)} ·{' '}
        {range ? format.range(range) : ''}
      </p>
      {range === undefined ? null : selection.scope === SCHOOL_SCOPE ? (
        <SchoolView setup={setup} range={range} selection={selection} names={names} onChange={onChange} />
      ) : (
        <ClassSetView setup={setup} range={range} selection={selection} names={names} onChange={onChange} />
      )}
    </>
  );
}

interface ViewProps extends ReportsProps {
  range: DateRange;
  names: ReadonlyMap<string, string>;
}

function SchoolView({ setup, range, selection, names, onChange }: ViewProps) {
  const { t } = useTranslation(['reports', 'common']);
  const user = useSignedInUser();
  const format = useReportFormat();
  const classSetIds = useMemo(() => setup.classSets.filter((c) => c.status === 'active').map((c) => c.id), [setup.classSets]);
  const report = useSchoolReport(classSetIds, range, selection.thresholds);
  if (report === undefined) return <p className="screen-loading">{t('common:loadingMessage')}</p>;
  const language = currentLanguage();
  const title = t('schoolReportTitle', { range: format.range(range) });
  return (
    <>
      <div className="report-actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('printAction')}
        </button>
        <TableExport
          fileName={[ATTENDANCE_REPORT_CSV_TEXT[language].fileName, user.schoolName, range.from, range.to].join('_')}
          rows={() => withNumbers(schoolReportCsvRows(report, names, language))}
        />
      </div>
      <div className="report-body">
        <SchoolReportTable
          report={report}
          title={title}
          names={names}
          language={language === 'kk' ? 'kk' : 'ru'}
          onClassSet={(id) => onChange({ scope: id })}
        />
      </div>
    </>
  );
}

function ClassSetView({ setup, range, selection, names, onChange }: ViewProps) {
  const { t } = useTranslation(['reports', 'common']);
  const format = useReportFormat();
  const classSet = setup.classSets.find((c) => c.id === selection.scope);
  const language = journalLanguageOf(classSet?.language ?? 'kk');
  const data = useClassSetReport(classSet?.id, range, selection.thresholds, { language, form: selection.form, subjectId: selection.subjectId });
  if (!classSet) return <EmptyState title={t('noClassSetTitle')} message={t('noClassSetMessage')} />;
  if (data === undefined) return <p className="screen-loading">{t('common:loadingMessage')}</p>;
  const name = names.get(classSet.id) ?? '';
  const subject = selection.subjectId !== undefined ? setup.subjects.get(selection.subjectId) : undefined;
  return (
    <>
      <div className="report-actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('printJournalAction')}
        </button>
        <TableExport
          fileName={[ATTENDANCE_REPORT_CSV_TEXT[currentLanguage()].fileName, name, range.from, range.to].join('_')}
          rows={() => withNumbers(classSetReportCsvRows(data.report, currentLanguage()))}
        />
      </div>
      {selection.pupilId !== undefined && (
        <div className="no-print">
          <PupilReportPanel
            pupilId={selection.pupilId}
            range={range}
            thresholds={selection.thresholds}
            language={language}
            subjects={setup.subjects}
            onClose={() => onChange({ pupil: undefined })}
          />
        </div>
      )}
      <div className="report-body">
        <div className="report-summary">
          <ClassSetReportTable
            report={data.report}
            title={t('classSetReportTitle', { name, range: format.range(range) })}
            language={language}
            thresholds={selection.thresholds}
            onPupil={(pupilId) => onChange({ pupil: pupilId })}
          />
        </div>
        <section className="journal-section" aria-label={t('journalTitle')}>
          <h2 className="no-print">{t('journalTitle')}</h2>
          <JournalOptions form={selection.form} subjectId={selection.subjectId} subjects={setup.subjects} onChange={onChange} />
          <JournalGrid
            journal={data.journal}
            title={t('journalGridTitle', {
              name,
              range: format.range(range),
              subject: subject ? subjectName(subject.names, currentLanguage()) : t('allSubjectsLabel'),
            })}
          />
        </section>
      </div>
    </>
  );
}
