/**
 * Rule C2: a laptop whose clock is more than five minutes off still syncs correctly (order
 * comes from the hybrid clock), but dates it shows and records (a lesson "today") are
 * wrong, so the person is told, with both times to compare.
 */
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useNow } from './useNow';

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };

export function ClockWarning({ skewMs }: { skewMs: number }) {
  const { t } = useTranslation(['sync']);
  const { formatDate } = useFormatters();
  const now = useNow(30_000);
  return (
    <p className="sync-notice sync-notice-warning" role="status" data-clock-skew={skewMs}>
      {t('clockWrongMessage', { device: formatDate(now, DATE_TIME), server: formatDate(now - skewMs, DATE_TIME) })}
    </p>
  );
}
