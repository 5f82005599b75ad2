/**
 * The chart of the school's link over time, loaded only when shown (`TrendChart`, with
 * uPlot); if its code cannot load (offline, never fetched), the table below stays.
 */
import { lazy, Suspense, useCallback } from 'react';
import { ChartBoundary } from '@/ui/components/ChartBoundary';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import type { LinkMeasurementRow } from '@/client/connectivity/readLinkMeasurements';

const TrendChart = lazy(() => import('./TrendChart'));

export function LinkChart({ measurements }: { readonly measurements: readonly LinkMeasurementRow[] }) {
  const { t } = useTranslation('connectivity');
  const { formatDate } = useFormatters();
  const formatTime = useCallback((ms: number) => formatDate(ms, { day: '2-digit', month: '2-digit' }), [formatDate]);
  return (
    <div className="no-print">
      <ChartBoundary fallback={<p className="hint">{t('chartFailedMessage')}</p>}>
        <Suspense fallback={<p className="screen-loading">{t('chartLoadingMessage')}</p>}>
          <TrendChart
            label={t('chartLabel')}
            points={measurements}
            seriesLabels={{ down: t('downLabel'), up: t('upLabel'), contract: t('contractLabel') }}
            formatTime={formatTime}
          />
        </Suspense>
      </ChartBoundary>
    </div>
  );
}
