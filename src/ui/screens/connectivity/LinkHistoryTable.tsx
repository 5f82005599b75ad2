/**
 * The school's measurements over time, newest first: download and upload against the
 * contract of the moment, round trip, what the measurement cost, and why it ran. The
 * text equivalent of the chart, and what prints.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useFormatters } from '@/client/i18n/useFormatters';
import type { LinkMeasurementRow } from '@/client/connectivity/readLinkMeasurements';
import { contractShare } from './contractShare';

export function LinkHistoryTable({ measurements }: { readonly measurements: readonly LinkMeasurementRow[] }) {
  const { t } = useTranslation('connectivity');
  const { formatDate, formatNumber, formatBytes } = useFormatters();
  const mbps = (value: number) => formatNumber(value, { maximumFractionDigits: 2 });
  const share = (value: number | undefined) => (value === undefined ? '—' : formatNumber(value, { style: 'percent', maximumFractionDigits: 0 }));
  return (
    <table className="data-table">
      <caption>{t('historyTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('measuredAtLabel')}</th>
          <th scope="col">{t('downLabel')}</th>
          <th scope="col">{t('upLabel')}</th>
          <th scope="col">{t('contractLabel')}</th>
          <th scope="col">{t('shareOfContractLabel')}</th>
          <th scope="col">{t('roundTripLabel')}</th>
          <th scope="col">{t('bytesUsedLabel')}</th>
          <th scope="col">{t('triggerLabel')}</th>
        </tr>
      </thead>
      <tbody>
        {[...measurements].reverse().map((m) => (
          <tr key={m.id}>
            <th scope="row">{formatDate(m.measuredAt, { dateStyle: 'medium', timeStyle: 'short' })}</th>
            <td>{mbps(m.downMbps)}</td>
            <td>{mbps(m.upMbps)}</td>
            <td>{m.contractedMbps === undefined ? '—' : mbps(m.contractedMbps)}</td>
            <td>{share(contractShare(m))}</td>
            <td>{formatNumber(m.rttMs)}</td>
            <td>{formatBytes(m.bytesUsed)}</td>
            <td>{m.trigger === 'manual' ? t('manualLabel') : t('scheduledLabel')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
