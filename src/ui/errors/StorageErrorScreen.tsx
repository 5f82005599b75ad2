/**
 * A storage failure the person must act on, in their language, with what to do: free disk
 * space, close the other tabs, reload. After a full disk the app can go on (what was
 * saved is safe), so that one screen offers "try again"; the others need a reload.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { StorageErrorReason } from '@/client/storage/storageErrors';
import { useUiStore } from '@/client/stores/uiStore';
import { FullScreenMessage } from './FullScreenMessage';

const MESSAGE_KEYS = {
  quotaExceeded: ['errors:quotaExceededTitle', 'errors:quotaExceededMessage'],
  upgradeBlocked: ['errors:upgradeBlockedTitle', 'errors:upgradeBlockedMessage'],
  versionTooNew: ['errors:versionTooNewTitle', 'errors:versionTooNewMessage'],
  databaseDeleted: ['errors:databaseDeletedTitle', 'errors:databaseDeletedMessage'],
  unavailable: ['errors:unavailableTitle', 'errors:unavailableMessage'],
  unknown: ['errors:unknownTitle', 'errors:unknownMessage'],
} as const satisfies Record<StorageErrorReason, readonly [string, string]>;

export function StorageErrorScreen({ reason }: { reason: StorageErrorReason }) {
  const { t } = useTranslation(['errors', 'common'], { useSuspense: false });
  const dismiss = useUiStore((state) => state.dismissStorageError);
  const [title, message] = MESSAGE_KEYS[reason];
  return (
    <FullScreenMessage title={t(title)} message={t(message)}>
      {reason === 'quotaExceeded' && (
        <button type="button" className="button button-primary" onClick={dismiss}>
          {t('tryAgainAction')}
        </button>
      )}
      <button type="button" className={reason === 'quotaExceeded' ? 'button' : 'button button-primary'} onClick={() => window.location.reload()}>
        {t('common:reloadAction')}
      </button>
    </FullScreenMessage>
  );
}
