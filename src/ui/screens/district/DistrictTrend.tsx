/**
 * Quarter-on-quarter trend under every filter but the period: үлгерім and білім сапасы of
 * quarters 1-4 and the year as a chart (the Achievement screen's uPlot chart, loaded only
 * now) and a table, its text equivalent, with each quarter's change from the one before in
 * percentage points, attendance too. The table shows at once and stays if the chart cannot load.
 */
import { lazy, Suspense, useId } from 'react';
import { ChartBoundary } from '@/ui/components/ChartBoundary';
import { filteredCells, quarterTrend, totals, type DistrictFilters, type Period } from '@/client/district/districtFilters';
import type { DistrictOverviewAnswer } from '@/client/district/overviewSchema';
import { YEAR_PERIOD } from '@/client/district/overviewSchema';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useReportFormat } from '@/ui/screens/reports/useReportFormat';
import type { TrendSeries } from '@/ui/screens/achievement/TrendChart';

const TrendChart = lazy(() => import('@/ui/screens/achievement/TrendChart'));

interface Props {
  readonly overview: DistrictOverviewAnswer;
  readonly filters: DistrictFilters;
  readonly periodLabel: (period: Period) => string;
}

export function DistrictTrend({ overview, filters, periodLabel }: Props) {
  const { t } = useTranslation(['district']);
  const format = useReportFormat();
  const { formatNumber } = useFormatters();
  const headingId = useId();
  const trend = quarterTrend(overview, filters);
  const year = totals(filteredCells(overview, { ...filters, period: YEAR_PERIOD }));
  const periods = [...trend.map((p) => periodLabel(p.quarter)), periodLabel(YEAR_PERIOD)];
  const series: TrendSeries[] = [
    {
      label: t('performanceColumnLabel'),
      values: [...trend.map((p) => p.figures.performancePercent), year.performancePercent],
      kind: 'performance',
      dashed: false,
    },
    { label: t('qualityColumnLabel'), values: [...trend.map((p) => p.figures.qualityPercent), year.qualityPercent], kind: 'quality', dashed: false },
  ];
  const change = (points: number | null) =>
    points === null ? '' : ` (${formatNumber(points, { signDisplay: 'exceptZero', maximumFractionDigits: 1 })} ${t('pointsLabel')})`;
  return (
    <section className="district-trend" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('trendTitle')}</h2>
      <div className="no-print">
        <ChartBoundary fallback={<p className="hint">{t('chartFailedMessage')}</p>}>
          <Suspense fallback={<p className="screen-loading">{t('chartLoadingMessage')}</p>}>
            <TrendChart
              label={t('trendChartLabel')}
              periods={periods}
              percentTicks={[0, 20, 40, 60, 80, 100].map((v) => format.percent(v))}
              series={series}
            />
          </Suspense>
        </ChartBoundary>
      </div>
      <table className="data-table report-table district-trend-table">
        <caption>{t('trendTableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('periodColumnLabel')}</th>
            <th scope="col" className="numeric">
              {t('performanceColumnLabel')}
            </th>
            <th scope="col" className="numeric">
              {t('qualityColumnLabel')}
            </th>
            <th scope="col" className="numeric">
              {t('attendanceColumnLabel')}
            </th>
          </tr>
        </thead>
        <tbody>
          {trend.map((p) => (
            <tr key={p.quarter} data-quarter={p.quarter}>
              <th scope="row">{periodLabel(p.quarter)}</th>
              <td className="numeric">
                {format.percent(p.figures.performancePercent)}
                {change(p.performanceChange)}
              </td>
              <td className="numeric">
                {format.percent(p.figures.qualityPercent)}
                {change(p.qualityChange)}
              </td>
              <td className="numeric">
                {format.percent(p.figures.attendancePercent)}
                {change(p.attendanceChange)}
              </td>
            </tr>
          ))}
          <tr data-quarter="year">
            <th scope="row">{periodLabel(YEAR_PERIOD)}</th>
            <td className="numeric">{format.percent(year.performancePercent)}</td>
            <td className="numeric">{format.percent(year.qualityPercent)}</td>
            <td className="numeric">{format.percent(year.attendancePercent)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
