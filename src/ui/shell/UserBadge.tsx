/** Who is using the app now, and the way back to "who is using this laptop?". */
import { useTranslation } from '../../client/i18n/useTranslation';
import type { SessionUser } from '../../client/stores/sessionStore';
import { useSessionStore } from '../../client/stores/sessionStore';
import { ROLE_LABEL_KEYS } from '../components/roleLabels';

export function UserBadge({ user }: { user: SessionUser }) {
  const { t } = useTranslation(['shell', 'common']);
  const endSession = useSessionStore((state) => state.endSession);
  return (
    <div className="user-badge">
      <p className="user-name">{t('currentUserLabel', { name: user.displayName, role: t(ROLE_LABEL_KEYS[user.role]) })}</p>
      <button type="button" className="button button-quiet" onClick={endSession}>
        {t('changeUserAction')}
      </button>
    </div>
  );
}
