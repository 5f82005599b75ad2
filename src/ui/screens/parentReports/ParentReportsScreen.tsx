/** Placeholder while the screen is built (issue 11). */
import { useTranslation } from '@/client/i18n/useTranslation';
import { ScreenLayout } from '@/ui/components/ScreenLayout';

export default function ParentReportsScreen() {
  const { t } = useTranslation(['parentReports']);
  return <ScreenLayout title={t('screenTitle')}>{null}</ScreenLayout>;
}
