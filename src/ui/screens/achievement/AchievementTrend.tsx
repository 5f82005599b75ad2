/**
 * The trend across the year: the school's and one class set's үлгерім and білім сапасы in
 * quarters 1-4 and the year, as a chart (loaded only now, `TrendChart`) and as a table, its
 * text equivalent, which shows at once, prints, and stays if the chart cannot load.
 */
import { lazy, Suspense, useId } from 'react';
import { ChartBoundary } from '@/ui/components/ChartBoundary';
import { useTranslation } from '@/client/i18n/useTranslation';
import { achievementTrend, ACHIEVEMENT_PERIODS, type AchievementFigures } from '@/domain/reports/achievementIndicators';
import { useReportFormat } from '@/ui/screens/reports/useReportFormat';
import type { TrendSeries } from './TrendChart';

const TrendChart = lazy(() => import('./TrendChart'));

interface Props {
  readonly figures: AchievementFigures;
  readonly classSet: { readonly id: string; readonly name: string } | undefined;
  readonly periodLabel: (period: (typeof ACHIEVEMENT_PERIODS)[number]) => string;
}

export function AchievementTrend({ figures, classSet, periodLabel }: Props) {
  const { t } = useTranslation(['achievement']);
  const format = useReportFormat();
  const headingId = useId();
  const school = achievementTrend(figures);
  const ofClassSet = classSet ? achievementTrend(figures, classSet.id) : undefined;
  const values = (rows: typeof school, kind: 'performancePercent' | 'qualityPercent') => rows.map((r) => r.indicators?.[kind] ?? null);
  const series: TrendSeries[] = [
    { label: t('schoolPerformanceLabel'), values: values(school, 'performancePercent'), kind: 'performance', dashed: false },
    { label: t('schoolQualityLabel'), values: values(school, 'qualityPercent'), kind: 'quality', dashed: false },
    ...(classSet && ofClassSet
      ? [
          {
            label: t('classSetPerformanceLabel', { classSet: classSet.name }),
            values: values(ofClassSet, 'performancePercent'),
            kind: 'performance' as const,
            dashed: true,
          },
          {
            label: t('classSetQualityLabel', { classSet: classSet.name }),
            values: values(ofClassSet, 'qualityPercent'),
            kind: 'quality' as const,
            dashed: true,
          },
        ]
      : []),
  ];
  const periods = ACHIEVEMENT_PERIODS.map(periodLabel);
  const name = classSet?.name ?? t('schoolRowLabel');
  return (
    <section className="achievement-trend" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('trendTitle')}</h2>
      <div className="no-print">
        <ChartBoundary fallback={<p className="hint">{t('chartFailedMessage')}</p>}>
          <Suspense fallback={<p className="screen-loading">{t('chartLoadingMessage')}</p>}>
            <TrendChart
              label={t('trendChartLabel', { classSet: name })}
              periods={periods}
              percentTicks={[0, 20, 40, 60, 80, 100].map((v) => format.percent(v))}
              series={series}
            />
          </Suspense>
        </ChartBoundary>
      </div>
      <table className="data-table report-table achievement-trend-table">
        <caption>{t('trendTableTitle', { classSet: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('periodColumnLabel')}</th>
            {series.map((s) => (
              <th key={s.label} scope="col" className="numeric">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ACHIEVEMENT_PERIODS.map((period, i) => (
            <tr key={period} data-period={period}>
              <th scope="row">{periods[i]}</th>
              {series.map((s) => (
                <td key={s.label} className="numeric">
                  {format.percent(s.values[i] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
