/** Whether this version is stored for offline use, and which version (build) is running. */
import { useId } from 'react';
import { BUILD_ID } from '@/client/pwa/buildId';
import { useTranslation } from '@/client/i18n/useTranslation';
import { usePwaStore } from '@/client/stores/pwaStore';
import { promptInstall } from '@/client/pwa/installPrompt';

export function OfflinePanel() {
  const { t } = useTranslation(['settings', 'shell']);
  const isOfflineReady = usePwaStore((state) => state.isOfflineReady);
  const canInstall = usePwaStore((state) => state.canInstall);
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('offlineTitle')}</h2>
      <p>{isOfflineReady ? t('shell:offlineReadyLabel') : t('shell:offlineNotReadyLabel')}</p>
      {canInstall && (
        <p>
          <button type="button" className="button button-primary" onClick={() => void promptInstall()}>
            {t('installAction')}
          </button>
        </p>
      )}
      <dl className="facts">
        <dt>{t('versionLabel')}</dt>
        <dd data-build-id={BUILD_ID}>{BUILD_ID}</dd>
      </dl>
    </section>
  );
}
