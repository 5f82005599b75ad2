/**
 * "just now" for under a minute ago, "in a moment" for under a minute ahead (a retry still
 * to come is never "just now"), else "5 minutes ago" / "in 2 hours" through `Intl.RelativeTimeFormat`.
 */
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';

const JUST_NOW_MS = 45_000;

export function relativeTime(time: number, now: number, words: { justNow: string; inAMoment: string }, format: (deltaMs: number) => string): string {
  if (Math.abs(time - now) >= JUST_NOW_MS) return format(time - now);
  return time > now ? words.inAMoment : words.justNow;
}

export function useRelativeTime(): (time: number, now: number) => string {
  const { t } = useTranslation(['sync']);
  const { formatRelativeTime } = useFormatters();
  return (time, now) => relativeTime(time, now, { justNow: t('justNowMessage'), inAMoment: t('inAMomentMessage') }, formatRelativeTime);
}
