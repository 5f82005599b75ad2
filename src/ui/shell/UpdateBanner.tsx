/**
 * Offers a downloaded new version; never applies it on its own. After "Update", the
 * switch waits until no form holds unsaved typing (`src/client/pwa/`), and says so.
 * In a second tab, after the update was applied from another one, it asks for a reload
 * at a convenient moment instead of reloading over the person's work.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { usePwaStore } from '@/client/stores/pwaStore';
import { useUiStore } from '@/client/stores/uiStore';

export function UpdateBanner() {
  const { t } = useTranslation(['shell', 'common']);
  const { isUpdateReady, isUpdateDismissed, isUpdateRequested, isNewVersionActive, requestUpdate, dismissUpdate } = usePwaStore();
  const hasUnsavedInput = useUiStore((state) => state.unsavedInputCount > 0);

  if (isNewVersionActive) {
    return (
      <div className="update-banner" data-update="active">
        <p role="status">{t('newVersionActiveMessage')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('common:reloadAction')}
        </button>
      </div>
    );
  }
  if (!isUpdateReady || isUpdateDismissed) return null;
  const isWaitingForInput = isUpdateRequested && hasUnsavedInput;
  return (
    <div className="update-banner" data-update={isUpdateRequested ? 'requested' : 'ready'}>
      <p role="status">{isWaitingForInput ? t('updateWaitingForInputMessage') : t('updateReadyMessage')}</p>
      {!isUpdateRequested && (
        <div className="update-actions">
          <button type="button" className="button button-primary" onClick={requestUpdate}>
            {t('updateAction')}
          </button>
          <button type="button" className="button button-quiet" onClick={dismissUpdate}>
            {t('updateLaterAction')}
          </button>
        </div>
      )}
    </div>
  );
}
