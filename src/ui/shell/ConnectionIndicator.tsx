/**
 * Always visible in the header: online or offline (from the browser's real events), what
 * sync is doing, how many of the signed-in person's changes wait on this device, when
 * their data last reached the server (with "Sync now"), and whether the app is stored for
 * offline use yet. A polite live region, so a screen reader hears when the link drops.
 * The `data-*` attributes are for tests and benchmarks; people read the text.
 */
import { lazy, Suspense } from 'react';
import { loadNamespace } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { selectIndicatorStatus, IndicatorStatus, useConnectivityStore } from '@/client/stores/connectivityStore';
import { usePwaStore } from '@/client/stores/pwaStore';

const PendingChangesChip = lazy(() => import('./PendingChangesChip'));
const SyncSummary = lazy(async () => (await Promise.all([import('../sync/SyncSummary'), loadNamespace('sync')]))[0]);

const INDICATOR_LABEL_KEYS = {
  offline: 'shell:offlineLabel',
  idle: 'shell:onlineLabel',
  syncing: 'shell:syncingLabel',
  error: 'shell:syncErrorLabel',
} as const satisfies Record<IndicatorStatus, string>;

export function ConnectionIndicator({ isSignedIn }: { isSignedIn: boolean }) {
  const { t } = useTranslation(['shell']);
  const status = useConnectivityStore(selectIndicatorStatus);
  const isOfflineReady = usePwaStore((state) => state.isOfflineReady);
  return (
    <div
      className="connection-indicator"
      role="status"
      aria-live="polite"
      aria-label={t('connectionLabel')}
      data-sync-status={status}
      data-offline-ready={isOfflineReady}
    >
      <span className={`status-chip status-${status}`}>
        <span className="status-dot" aria-hidden="true" />
        {t(INDICATOR_LABEL_KEYS[status])}
      </span>
      <span className={`status-chip ${isOfflineReady ? 'status-quiet' : 'status-not-ready'}`}>
        {isOfflineReady ? t('offlineReadyLabel') : t('offlineNotReadyLabel')}
      </span>
      {/* Last, and on a line whose height is reserved (app.css), so their late arrival moves nothing. */}
      {isSignedIn && (
        <Suspense fallback={null}>
          <PendingChangesChip />
          <SyncSummary />
        </Suspense>
      )}
    </div>
  );
}
