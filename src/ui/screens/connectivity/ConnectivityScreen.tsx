/**
 * Байланыс: the school's internet speed as its laptops measured it, against the contract,
 * over time, and "Measure now". Measurements run on their own three times a school day
 * (src/client/connectivity/linkMonitor.ts) and reach the district on the next sync.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import { useLinkHistory } from '@/client/connectivity/connectivityCommands';
import { ScreenLayout } from '@/ui/components/ScreenLayout';
import { isUnderHalf } from './contractShare';
import { LinkChart } from './LinkChart';
import { LinkHistoryTable } from './LinkHistoryTable';
import { MeasureNowPanel } from './MeasureNowPanel';

export default function ConnectivityScreen() {
  const { t } = useTranslation('connectivity');
  const { formatNumber } = useFormatters();
  const history = useLinkHistory();
  const latest = history?.measurements.at(-1);
  const mbps = (value: number) => formatNumber(value, { maximumFractionDigits: 2 });
  return (
    <ScreenLayout title={t('screenTitle')}>
      <p className="hint">{t('introMessage')}</p>
      <MeasureNowPanel />
      {history === undefined ? (
        <p className="screen-loading">{t('loadingMessage')}</p>
      ) : latest === undefined ? (
        <p>{t('noMeasurementsMessage')}</p>
      ) : (
        <>
          <p>
            {history.contractedMbps === undefined
              ? t('latestWithoutContractMessage', { down: mbps(latest.downMbps), up: mbps(latest.upMbps), rtt: formatNumber(latest.rttMs) })
              : t('latestMessage', {
                  down: mbps(latest.downMbps),
                  up: mbps(latest.upMbps),
                  rtt: formatNumber(latest.rttMs),
                  contract: mbps(history.contractedMbps),
                })}
          </p>
          {isUnderHalf(latest) && <p className="form-error">{t('underHalfMessage')}</p>}
          <LinkChart measurements={history.measurements} />
          <LinkHistoryTable measurements={history.measurements} />
        </>
      )}
    </ScreenLayout>
  );
}
