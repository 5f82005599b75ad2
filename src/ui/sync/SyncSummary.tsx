/**
 * In the header's indicator, for the signed-in person: when their data last reached the
 * server ("synced 5 minutes ago") and "Sync now". The button waits while a pass runs and
 * is off without a connection (the scheduler syncs by itself when the link returns).
 */
import { useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { SyncActivity, useConnectivityStore } from '@/client/stores/connectivityStore';
import { useNow } from './useNow';
import { useRelativeTime } from './useRelativeTime';

export default function SyncSummary() {
  const { t } = useTranslation(['sync']);
  const relative = useRelativeTime();
  const now = useNow(30_000);
  const lastSyncedAt = useConnectivityStore((state) => state.sync.lastSyncedAt);
  const isSyncing = useConnectivityStore((state) => state.syncActivity === SyncActivity.syncing);
  const canSync = useConnectivityStore((state) => state.isOnline && state.isSyncAvailable);
  const [isRequested, setRequested] = useState(false);

  const syncNow = async () => {
    setRequested(true);
    try {
      await (await import('@/client/sync/app/sessionSync')).requestSyncNow();
    } finally {
      setRequested(false);
    }
  };

  return (
    <>
      <span className="status-chip status-quiet" data-last-synced={lastSyncedAt ?? ''}>
        {lastSyncedAt === undefined ? t('neverSyncedMessage') : t('lastSyncedMessage', { when: relative(Math.min(lastSyncedAt, now), now) })}
      </span>
      <button type="button" className="header-button" disabled={!canSync || isSyncing || isRequested} onClick={() => void syncNow()}>
        {t('syncNowAction')}
      </button>
    </>
  );
}
