/**
 * The header every screen shares: the app's name, the status indicator, who is signed in
 * (with "switch user" and "sign out"), the languages.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { SignedInUser } from '@/client/stores/sessionStore';
import { ConnectionIndicator } from './ConnectionIndicator';
import { LanguageSwitcher } from './LanguageSwitcher';
import { UserMenu } from './UserMenu';

export function Header({ user }: { user?: SignedInUser }) {
  const { t } = useTranslation('common');
  return (
    <header className="app-header">
      <p className="app-name">
        <svg className="app-logo" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
          <rect x="6" y="18" width="36" height="22" rx="3" />
          <path d="M6 22 Q24 8 42 22" />
          <rect x="20" y="24" width="8" height="7" rx="1.5" />
        </svg>
        {t('appNameTitle')}
      </p>
      <ConnectionIndicator isSignedIn={user !== undefined} />
      {user && <UserMenu user={user} />}
      <LanguageSwitcher />
    </header>
  );
}
