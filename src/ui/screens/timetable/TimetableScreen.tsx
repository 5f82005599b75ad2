/** The head builds the weekly timetable here. Until that feature is built, an empty state says what will be here. */
import { useTranslation } from '../../../client/i18n/useTranslation';
import { EmptyState } from '../../components/EmptyState';
import { ScreenLayout } from '../../components/ScreenLayout';

export default function TimetableScreen() {
  const { t } = useTranslation('timetable');
  return (
    <ScreenLayout title={t('screenTitle')}>
      <EmptyState title={t('emptyStateTitle')} message={t('emptyStateMessage')} />
    </ScreenLayout>
  );
}
