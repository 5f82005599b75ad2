/**
 * What the signed-in person must know about their sync, under the header while it holds:
 * why the last try failed and when the next one is due (a lapsed session asks them to
 * sign in online again), how far a long first pull has got, a laptop clock that is wrong,
 * and the changes the server refused. Nothing shows while all is well.
 */
import { useId } from 'react';
import type { SignedInUser } from '@/client/stores/sessionStore';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useConnectivityStore } from '@/client/stores/connectivityStore';
import { ClockWarning } from './ClockWarning';
import { RejectedChanges } from './RejectedChanges';
import { SetAsideNotice } from './SetAsideNotice';
import { SyncFailureNotice } from './SyncFailureNotice';
import { useFormatters } from '@/client/i18n/useFormatters';

export default function SyncNotices({ user }: { user: SignedInUser }) {
  const { t } = useTranslation(['sync']);
  const { formatNumber } = useFormatters();
  const isOnline = useConnectivityStore((state) => state.isOnline);
  const { lastError, nextRetryAt, progress, clockSkewMs } = useConnectivityStore((state) => state.sync);
  const progressId = useId();
  const showsProgress = progress !== undefined && (progress.pulled > 0 || (progress.remaining ?? 0) > 0);
  return (
    <div className="sync-notices" aria-label={t('syncNoticesLabel')} role="region">
      {isOnline && lastError && <SyncFailureNotice failure={lastError} {...(nextRetryAt !== undefined ? { nextRetryAt } : {})} />}
      {showsProgress && (
        <div className="sync-notice sync-progress" role="status" data-sync-progress={progress.pulled}>
          <label htmlFor={progressId}>
            {progress.remaining !== undefined && progress.remaining > 0
              ? t('pullProgressMessage', { received: formatNumber(progress.pulled), total: formatNumber(progress.pulled + progress.remaining) })
              : t('receivedMessage', { received: formatNumber(progress.pulled) })}
          </label>
          {/* Without a known total the bar is indeterminate: it says "working", not a made-up share. */}
          {progress.remaining !== undefined ? (
            <progress id={progressId} max={progress.pulled + progress.remaining} value={progress.pulled} />
          ) : (
            <progress id={progressId} />
          )}
        </div>
      )}
      {clockSkewMs !== undefined && <ClockWarning skewMs={clockSkewMs} />}
      <RejectedChanges />
      <SetAsideNotice user={user} />
    </div>
  );
}
