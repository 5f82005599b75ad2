/**
 * The district's view, a methodologist's home: every school of their district, by grade,
 * subject, shift, language and quarter, with үлгерім, білім сапасы and attendance, each
 * school's last sync and link, the quarter-on-quarter trend, and the Digital teacher
 * programme's growth. The figures are the server's counts
 * (no pupil reaches this laptop); the last ones received stay for offline use, and the
 * screen says when they came. The filters live in the address; choosing a school, grade or
 * subject in a table filters every other table and the trend.
 */
import { useMemo } from 'react';
import { gradeLines, latestQuarter, subjectLines } from '@/client/district/districtFilters';
import { useDistrictOverview, type DistrictOverviewState } from '@/client/district/useDistrictOverview';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSignedInUser } from '@/client/workspace/sessionContext';
import { EmptyState } from '@/ui/components/EmptyState';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { useScreenParams } from '@/ui/navigation/useScreenParams';
import { DistrictBreakdown } from './DistrictBreakdown';
import { DistrictControls } from './DistrictControls';
import { DistrictGrowth } from './DistrictGrowth';
import { readDistrictFilters, readYearStart } from './districtSelection';
import { DistrictSchoolTable } from './DistrictSchoolTable';
import { DistrictTrend } from './DistrictTrend';
import { useDistrictText } from './useDistrictText';
import '@/ui/screens/reports/reports.css';
import './district.css';

export default function DistrictScreen() {
  const { t } = useTranslation(['district', 'common']);
  const user = useSignedInUser();
  const params = useScreenParams();
  const state = useDistrictOverview(user.id, readYearStart(params.get));
  return (
    <ScreenLayout title={t('screenTitle')}>
      <OverviewStatus state={state} />
      {state.stored === undefined ? (
        state.status === 'loading' ? (
          <p className="screen-loading">{t('common:loadingMessage')}</p>
        ) : (
          <EmptyState title={t('noOverviewTitle')} message={t('noOverviewMessage')} />
        )
      ) : (
        <District overview={state.stored.overview} />
      )}
    </ScreenLayout>
  );
}

/** When the figures shown came, and why no newer ones did. */
function OverviewStatus({ state }: { state: DistrictOverviewState & { reload: () => void } }) {
  const { t } = useTranslation(['district']);
  const { formatDate } = useFormatters();
  const received = state.stored ? formatDate(state.stored.receivedAt, { dateStyle: 'medium', timeStyle: 'short' }) : undefined;
  const updating = state.stored?.overview.schools.filter((s) => !s.current).length ?? 0;
  const why =
    state.status === 'offline'
      ? t('offlineMessage')
      : state.status === 'failed'
        ? state.failure === 'forbidden'
          ? t('forbiddenMessage')
          : state.failure === 'signedOut'
            ? t('signedOutMessage')
            : t('failedMessage')
        : undefined;
  return (
    <div className="district-status" role="status">
      {received && <p>{t('receivedMessage', { time: received, district: state.stored?.overview.district ?? '' })}</p>}
      {why && (
        <p className="hint">
          {why}{' '}
          {state.status === 'failed' && (
            <button type="button" className="button" onClick={state.reload}>
              {t('retryAction')}
            </button>
          )}
        </p>
      )}
      {updating > 0 && <p className="hint">{t('updatingMessage', { schools: updating })}</p>}
    </div>
  );
}

function District({ overview }: { overview: NonNullable<DistrictOverviewState['stored']>['overview'] }) {
  const { t } = useTranslation(['district']);
  const params = useScreenParams();
  const text = useDistrictText(overview);
  const fallback = useMemo(() => latestQuarter(overview), [overview]);
  const filters = readDistrictFilters(params.get, fallback);
  const choose = (patch: Readonly<Record<string, string | undefined>>) => params.set(patch, { replace: true });
  if (overview.schools.length === 0) return <EmptyState title={t('noSchoolsTitle')} message={t('noSchoolsMessage')} />;
  return (
    <>
      <DistrictControls overview={overview} filters={filters} text={text} onChange={choose} />
      <div className="report-body">
        <DistrictSchoolTable
          overview={overview}
          filters={filters}
          title={t('schoolsTableTitle', { period: text.period(filters.period) })}
          onChoose={(school) => choose({ school })}
        />
        <div className="district-breakdowns">
          <DistrictBreakdown
            title={t('gradesTitle')}
            columnLabel={t('gradeColumnLabel')}
            lines={gradeLines(overview, filters)}
            chosen={filters.grade}
            name={text.grade}
            onChoose={(grade) => choose({ grade: grade === undefined ? undefined : String(grade) })}
          />
          <DistrictBreakdown
            title={t('subjectsTitle')}
            columnLabel={t('subjectColumnLabel')}
            lines={subjectLines(overview, filters)}
            chosen={filters.subject}
            name={text.subject}
            onChoose={(subject) => choose({ subject })}
          />
        </div>
        <DistrictTrend overview={overview} filters={filters} periodLabel={text.period} />
        <DistrictGrowth overview={overview} filters={filters} subjectName={text.subject} />
      </div>
    </>
  );
}
