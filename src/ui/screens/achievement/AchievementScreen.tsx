/** Placeholder while the screen is built (issue 11). */
import { useTranslation } from '@/client/i18n/useTranslation';
import { ScreenLayout } from '@/ui/components/ScreenLayout';

export default function AchievementScreen() {
  const { t } = useTranslation(['achievement']);
  return <ScreenLayout title={t('screenTitle')}>{null}</ScreenLayout>;
}
