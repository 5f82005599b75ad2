/** Staff take attendance per lesson here. Until that feature is built, an empty state says what will be here. */
import { useTranslation } from '../../../client/i18n/useTranslation';
import { EmptyState } from '../../components/EmptyState';
import { ScreenLayout } from '../../components/ScreenLayout';

export default function AttendanceScreen() {
  const { t } = useTranslation('attendance');
  return (
    <ScreenLayout title={t('screenTitle')}>
      <EmptyState title={t('emptyStateTitle')} message={t('emptyStateMessage')} />
    </ScreenLayout>
  );
}
