/**
 * Says that some records from the server were not taken on this laptop (rule C3: a table
 * this app does not know yet, or a time stamp no clock can have), so nobody trusts the
 * laptop to be complete when it is not. Nothing shows while there are none.
 */
import { useFormatters } from '@/client/i18n/useFormatters';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { SignedInUser } from '@/client/stores/sessionStore';
import { useSetAsideCount } from '@/client/sync/app/useSetAsideCount';

export function SetAsideNotice({ user }: { user: SignedInUser }) {
  const { t } = useTranslation(['sync']);
  const { formatNumber } = useFormatters();
  const count = useSetAsideCount(user.dbName);
  if (count === 0) return null;
  return (
    <p className="sync-notice" role="status" data-set-aside={count}>
      {t('setAsideRowsMessage', { count, shown: formatNumber(count) })}
    </p>
  );
}
