/** Progress and analytics by quarter, half-year and year. Until that feature is built, an empty state says what will be here. */
import { useTranslation } from '../../../client/i18n/useTranslation';
import { EmptyState } from '../../components/EmptyState';
import { ScreenLayout } from '../../components/ScreenLayout';

export default function ReportsScreen() {
  const { t } = useTranslation('reports');
  return (
    <ScreenLayout title={t('screenTitle')}>
      <EmptyState title={t('emptyStateTitle')} message={t('emptyStateMessage')} />
    </ScreenLayout>
  );
}
