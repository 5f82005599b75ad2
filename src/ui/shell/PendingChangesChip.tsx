/**
 * How many changes on this device wait to be sent, read live from the outbox: it updates
 * the moment a screen writes or sync acknowledges. Loaded lazily (with the database
 * library) after the shell has painted, so the first visit does not wait for IndexedDB.
 * A database that cannot open shows no count; the failure itself is reported full screen.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../client/db/openSandyqDb';
import { countPending } from '../../client/db/outbox';
import { useTranslation } from '../../client/i18n/useTranslation';

export default function PendingChangesChip() {
  const { t } = useTranslation('shell');
  const pending = useLiveQuery(() => countPending(getDb()).catch(() => null), [], null);
  if (pending === null) return null;
  return (
    <span className={`status-chip ${pending > 0 ? 'status-pending' : 'status-quiet'}`} data-pending={pending}>
      {pending > 0 ? t('pendingChangesMessage', { count: pending }) : t('nothingPendingMessage')}
    </span>
  );
}
