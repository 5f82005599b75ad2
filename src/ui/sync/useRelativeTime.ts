/** "just now" under a minute, else "5 minutes ago" / "in 2 hours" through `Intl.RelativeTimeFormat`. */
import { useFormatters } from '../../client/i18n/useFormatters';
import { useTranslation } from '../../client/i18n/useTranslation';

const JUST_NOW_MS = 45_000;

export function useRelativeTime(): (time: number, now: number) => string {
  const { t } = useTranslation(['sync']);
  const { formatRelativeTime } = useFormatters();
  return (time, now) => (Math.abs(time - now) < JUST_NOW_MS ? t('justNowMessage') : formatRelativeTime(time - now));
}
