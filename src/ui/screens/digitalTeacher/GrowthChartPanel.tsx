/**
 * The growth report's chart: each pupil's starting and latest result, drawn by `TrendChart`,
 * a chunk loaded only now (uPlot). The pupils' table below is its text equivalent: it shows at
 * once, prints, and stays if the chart cannot load (offline on a laptop that never fetched it).
 */
import { lazy, Suspense } from 'react';
import type { GrowthReport } from '@/client/digitalTeacher/useDigitalTeacher';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { ChartBoundary } from '@/ui/components/ChartBoundary';
import type { GrowthPoint } from './TrendChart';

const GrowthChart = lazy(() => import('./TrendChart'));

export function GrowthChartPanel({ report }: { report: GrowthReport }) {
  const { t } = useTranslation(['digitalTeacher']);
  const language = currentLanguage();
  const points: GrowthPoint[] = report.pupils.flatMap((r) =>
    r.startPercent !== undefined && r.latestPercent !== undefined
      ? [{ name: `${r.pupil.surname} ${r.pupil.name.slice(0, 1)}.`, start: r.startPercent, latest: r.latestPercent }]
      : [],
  );
  if (points.length === 0) return null;
  return (
    <div className="no-print">
      <ChartBoundary fallback={<p className="hint">{t('chartFailedMessage')}</p>}>
        <Suspense fallback={<p className="screen-loading">{t('chartLoadingMessage')}</p>}>
          <GrowthChart
            label={t('growthChartLabel')}
            startLabel={t('startPointLabel')}
            latestLabel={t('latestPointLabel')}
            percentTicks={[0, 20, 40, 60, 80, 100].map((v) => `${v.toLocaleString(language)} %`)}
            points={points}
          />
        </Suspense>
      </ChartBoundary>
    </div>
  );
}
