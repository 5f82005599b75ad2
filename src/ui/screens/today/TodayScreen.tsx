/**
 * The day of a teacher or assistant: today's lessons, attendance to take, work to check.
 * Filled once the timetable and attendance exist; until then, the date and an empty state.
 */
import { useFormatters } from '../../../client/i18n/useFormatters';
import { useTranslation } from '../../../client/i18n/useTranslation';
import { EmptyState } from '../../components/EmptyState';
import { ScreenLayout } from '../../components/ScreenLayout';

export default function TodayScreen() {
  const { t } = useTranslation('today');
  const { formatDate } = useFormatters();
  return (
    <ScreenLayout title={t('screenTitle')}>
      <p className="screen-subtitle">{formatDate(new Date(), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}</p>
      <EmptyState title={t('emptyStateTitle')} message={t('emptyStateMessage')} />
    </ScreenLayout>
  );
}
