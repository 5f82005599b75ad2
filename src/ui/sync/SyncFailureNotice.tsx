/**
 * The last sync failure in words, with when it will be tried again. A lapsed session is
 * the one the person must act on: "sign in again" opens their tile for a password.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSessionStore } from '@/client/stores/sessionStore';
import type { SyncFailure } from '@/client/sync/syncErrors';
import { SYNC_FAILURE_KEYS } from './syncFailureKeys';
import { useNow } from './useNow';
import { useRelativeTime } from './useRelativeTime';

export function SyncFailureNotice({ failure, nextRetryAt }: { failure: SyncFailure; nextRetryAt?: number }) {
  const { t } = useTranslation(['sync']);
  const relative = useRelativeTime();
  const now = useNow(15_000);
  const endSession = useSessionStore((state) => state.endSession);
  const isUnreachable = failure === 'offline' || failure === 'timeout';
  return (
    // No connection is no one's fault and needs nothing done: said calmly, not as an alarm.
    <div
      className={isUnreachable ? 'sync-notice' : 'sync-notice sync-notice-error'}
      role={isUnreachable ? 'status' : 'alert'}
      data-sync-error={failure}
    >
      <p>
        {t(SYNC_FAILURE_KEYS[failure])}
        {nextRetryAt !== undefined && nextRetryAt > now && <> {t('nextRetryMessage', { when: relative(nextRetryAt, now) })}</>}
      </p>
      {failure === 'signedOut' && (
        <button type="button" className="button" onClick={() => endSession({ preselect: true })}>
          {t('signInAgainAction')}
        </button>
      )}
    </div>
  );
}
