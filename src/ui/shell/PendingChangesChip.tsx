/**
 * How many changes of the signed-in person wait on this device to be sent, read live from
 * the outbox of their data database: it updates the moment a screen writes or sync
 * acknowledges. Other people's waiting changes on a shared laptop are theirs, not counted
 * here. Loaded lazily (with the database library) after the shell has painted, so the
 * first visit does not wait for IndexedDB. A database that cannot open shows no count;
 * the failure itself is reported full screen.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { usePendingCount } from '@/client/sync/app/usePendingCount';

export default function PendingChangesChip() {
  const { t } = useTranslation('shell');
  const pending = usePendingCount();
  if (pending === null || pending === undefined) return null;
  return (
    <span className={`status-chip ${pending > 0 ? 'status-pending' : 'status-quiet'}`} data-pending={pending}>
      {pending > 0 ? t('pendingChangesMessage', { count: pending }) : t('nothingPendingMessage')}
    </span>
  );
}
