/**
 * Achievement indicators of the school, for the head and teachers: үлгерім (share with no
 * mark below 3) and білім сапасы (share with only 4s and 5s) of every class set × subject,
 * every class set over all subjects and the school, for a quarter or the year, from the term
 * and year marks the gradebook gives; the trend across quarters 1-4 and the year as a chart
 * and a table; print, CSV and XLSX. What is shown lives in the address.
 */
import { useMemo } from 'react';
import { useAchievement } from '@/client/achievement/useAchievement';
import type { AchievementReport } from '@/client/achievement/readAchievement';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSignedInUser } from '@/client/workspace/sessionContext';
import type { AchievementPeriod } from '@/domain/reports/achievementIndicators';
import { EmptyState } from '@/ui/components/EmptyState';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { schoolToday } from '@/ui/components/schoolDates';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { subjectName } from '@/ui/screens/attendance/attendanceText';
import { AchievementControls } from './AchievementControls';
import { AchievementExport } from './AchievementExport';
import { periodRows, trendRows, type RowText } from './achievementRows';
import { readAchievementSelection } from './achievementSelection';
import { AchievementTable } from './AchievementTable';
import { AchievementTrend } from './AchievementTrend';
import '@/ui/screens/reports/reports.css';
import '@/ui/screens/reports/print.css';
import './achievement.css';

export default function AchievementScreen() {
  const { t } = useTranslation(['achievement', 'common']);
  const user = useSignedInUser();
  const params = useScreenParams();
  const today = schoolToday();
  const report = useAchievement(user.schoolId, params.get('year') || undefined, today);
  return (
    <ScreenLayout title={t('screenTitle')}>
      {report === undefined ? (
        <p className="screen-loading">{t('common:loadingMessage')}</p>
      ) : report.year === undefined ? (
        <EmptyState title={t('noYearTitle')} message={t('noYearMessage')} />
      ) : (
        <Achievement report={report} today={today} />
      )}
    </ScreenLayout>
  );
}

function Achievement({ report, today }: { report: AchievementReport; today: string }) {
  const { t } = useTranslation(['achievement', 'common']);
  const user = useSignedInUser();
  const params = useScreenParams();
  const language = currentLanguage();
  const classSets = useMemo(() => report.classSets.map((c) => ({ id: c.id as string, name: c.name })), [report.classSets]);
  const subjects = useMemo(
    () =>
      report.subjects
        .map((s) => ({ id: s.id as string, name: subjectName(s.names, language) }))
        .sort((a, b) => a.name.localeCompare(b.name, language)),
    [report.subjects, language],
  );
  // The chart's class set by default: the first with a gradebook in some period, not an empty one.
  const withFigures = classSets.filter((c) => [...report.figures.values()].some((f) => f.classSets.has(c.id)));
  const selection = readAchievementSelection(params.get, {
    year: report.year,
    today,
    classSetIds: [...withFigures, ...classSets.filter((c) => !withFigures.includes(c))].map((c) => c.id),
  });
  const periodLabel = (period: AchievementPeriod) => (period === 'year' ? t('yearOptionLabel') : t('quarterOptionLabel', { quarter: period }));
  const yearName = report.year?.name ?? '';
  const figures = report.figures.get(selection.period);
  const text: RowText = {
    classSet: t('classSetColumnLabel'),
    subject: t('subjectColumnLabel'),
    pupils: t('pupilsColumnLabel'),
    assessed: t('assessedColumnLabel'),
    notAssessed: t('notAssessedColumnLabel'),
    performing: t('performingColumnLabel'),
    good: t('goodColumnLabel'),
    performance: t('performanceFullLabel'),
    quality: t('qualityFullLabel'),
    allSubjects: t('allSubjectsColumnLabel'),
    school: t('schoolRowLabel'),
    period: periodLabel,
  };
  return (
    <>
      <AchievementControls
        years={report.years.map((y) => ({ id: y.id as string, name: y.name }))}
        yearId={report.year?.id}
        period={selection.period}
        classSets={classSets}
        classSetId={selection.classSetId}
        periodLabel={periodLabel}
        onChange={(patch) => params.set(patch, { replace: true })}
      />
      {selection.period === 'year' && <p className="hint no-print">{t('yearHintMessage')}</p>}
      {subjects.length === 0 || !figures ? (
        <EmptyState title={t('noMarksTitle')} message={t('noMarksMessage')} />
      ) : (
        <>
          <AchievementExport
            fileName={[t('fileNameLabel'), yearName, periodLabel(selection.period)].join('_')}
            sheets={() => ({
              period: { name: periodLabel(selection.period), rows: periodRows(report.figures, selection.period, classSets, subjects, text) },
              trend: { name: t('trendSheetLabel'), rows: trendRows(report.figures, classSets, text) },
            })}
          />
          <div className="report-body">
            <p className="print-only print-heading">
              {user.schoolName} · {periodLabel(selection.period)} · {yearName}
            </p>
            <AchievementTable
              figures={figures}
              classSets={classSets}
              subjects={subjects}
              title={t('tableTitle', { period: periodLabel(selection.period), year: yearName })}
            />
            <AchievementTrend figures={report.figures} classSet={classSets.find((c) => c.id === selection.classSetId)} periodLabel={periodLabel} />
          </div>
        </>
      )}
    </>
  );
}
