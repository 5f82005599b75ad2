/** A pupil's tasks and self-check tests. Until that feature is built, an empty state says what will be here. */
import { useTranslation } from '@/client/i18n/useTranslation';
import { EmptyState } from '@/ui/components/EmptyState';
import { ScreenLayout } from '@/ui/components/ScreenLayout';

export default function SelfStudyScreen() {
  const { t } = useTranslation('selfStudy');
  return (
    <ScreenLayout title={t('screenTitle')}>
      <EmptyState title={t('emptyStateTitle')} message={t('emptyStateMessage')} />
    </ScreenLayout>
  );
}
