/**
 * Reports for parents, for teachers and the head: a class set's pupils for a quarter, one
 * pupil or the whole class, each on an A4 page in the class's language (Kazakh or Russian,
 * whatever the interface's): by subject the term mark, each part's and work's percent,
 * sections and topics, descriptors reached and the teacher's feedback; the attendance; the
 * signatures. Printed from the browser, or the class's figures saved as CSV and XLSX.
 * The choice lives in the address.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useParentReportChoices, useParentReports } from '@/client/parentReports/useParentReports';
import { useReportTranslation } from '@/client/parentReports/useReportTranslation';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { fullName } from '@/domain/person';
import { EmptyState } from '@/ui/components/EmptyState';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { SelectField } from '@/ui/components/form/SelectField';
import { schoolToday } from '@/ui/components/schoolDates';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { ParentReportPage } from './ParentReportPage';
import { ReportActions } from './ReportActions';
import { chosenLanguage, chosenQuarter } from './reportChoices';
import { reportFormat } from './reportFormat';
import '@/ui/screens/reports/print.css';
import './parentReports.css';

const QUARTERS = ['1', '2', '3', '4'];

export default function ParentReportsScreen() {
  const { t } = useTranslation(['parentReports']);
  const user = useSessionStore(selectUser);
  const params = useScreenParams();
  const choices = useParentReportChoices(user?.schoolId ?? '');
  const today = schoolToday();
  const classSetId = params.get('classSet') ?? '';
  const classSet = choices?.classSets.find((c) => c.id === classSetId);
  const quarter = chosenQuarter(params.get('quarter'), classSet ? choices?.years.get(classSet.academicYearId) : undefined, today);
  const pupilId = params.get('pupil') || undefined;
  const language = chosenLanguage(params.get('lang'), classSet?.language);
  const data = useParentReports(classSetId ? { classSetId, quarter, pupilId } : undefined);
  const reportT = useReportTranslation(language);
  if (!user) return null;
  const set = (patch: Record<string, string | undefined>) => params.set(patch, { replace: true });
  return (
    <ScreenLayout title={t('screenTitle')}>
      <div className="report-controls parent-report-controls">
        <SelectField
          label={t('classSetFieldLabel')}
          value={classSetId}
          options={[{ value: '', label: t('chooseLabel') }, ...(choices?.classSets ?? []).map((c) => ({ value: c.id, label: c.name }))]}
          onChange={(value) => set({ classSet: value, pupil: undefined })}
        />
        <SelectField
          label={t('quarterFieldLabel')}
          value={String(quarter)}
          options={QUARTERS.map((q) => ({ value: q, label: q }))}
          onChange={(q) => set({ quarter: q })}
        />
        <SelectField
          label={t('pupilFieldLabel')}
          value={pupilId ?? ''}
          options={[{ value: '', label: t('wholeClassLabel') }, ...(data?.pupils ?? []).map((p) => ({ value: p.id, label: fullName(p) }))]}
          onChange={(value) => set({ pupil: value || undefined })}
        />
        <SelectField
          label={t('reportLanguageFieldLabel')}
          value={language}
          options={[
            { value: 'kk', label: t('kazakhLanguageLabel') },
            { value: 'ru', label: t('russianLanguageLabel') },
          ]}
          onChange={(lang) => set({ lang })}
        />
      </div>
      {!classSetId ? (
        <EmptyState title={t('emptyStateTitle')} message={t('emptyStateMessage')} />
      ) : data === undefined || reportT === undefined ? (
        <p className="screen-loading">{t('loadingMessage')}</p>
      ) : data === null ? (
        <EmptyState title={t('noClassSetTitle')} message={t('emptyStateMessage')} />
      ) : data.reports.length === 0 ? (
        <EmptyState title={t('noPupilsTitle')} message={t('emptyStateMessage')} />
      ) : (
        <>
          <ReportActions
            reports={data.reports}
            t={reportT}
            language={language}
            fileName={[data.classSet.name, String(quarter), ...(pupilId && data.reports[0] ? [data.reports[0].pupil.surname] : [])]}
          />
          <div className="report-body parent-report-pages">
            {data.reports.map((report) => (
              <ParentReportPage
                key={report.pupil.id}
                report={report}
                t={reportT}
                language={language}
                format={reportFormat(language)}
                heading={{
                  schoolName: data.schoolName ?? user.schoolName,
                  classSetName: data.classSet.name,
                  quarter,
                  period: data.quarter ? { from: data.quarter.startsOn, to: data.quarter.endsOn } : undefined,
                  today,
                  homeroomTeacher: data.homeroomTeacher,
                  head: data.head,
                }}
              />
            ))}
          </div>
        </>
      )}
    </ScreenLayout>
  );
}
