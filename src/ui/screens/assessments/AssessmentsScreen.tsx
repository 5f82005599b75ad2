/** Formative and summative assessments with criteria and an item bank. Until that feature is built, an empty state says what will be here. */
import { useTranslation } from '@/client/i18n/useTranslation';
import { EmptyState } from '@/ui/components/EmptyState';
import { ScreenLayout } from '@/ui/components/ScreenLayout';

export default function AssessmentsScreen() {
  const { t } = useTranslation('assessments');
  return (
    <ScreenLayout title={t('screenTitle')}>
      <EmptyState title={t('emptyStateTitle')} message={t('emptyStateMessage')} />
    </ScreenLayout>
  );
}
