/**
 * Who is signed in, in the header, and the two ways out. "Switch user" goes straight back
 * to the tiles: nothing is lost, this person's unsent changes stay on the laptop under
 * their name and are still sent. "Sign out" first sends what it can, then ends the server
 * session (see `src/client/auth/signOut.ts`); the tile stays for the next sign-in.
 */
import { useState } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import type { SignedInUser } from '@/client/stores/sessionStore';
import { useSessionStore } from '@/client/stores/sessionStore';
import { ROLE_LABEL_KEYS } from '../components/roleLabels';

export function UserMenu({ user }: { user: SignedInUser }) {
  const { t } = useTranslation(['shell', 'common']);
  const endSession = useSessionStore((state) => state.endSession);
  const [isSigningOut, setSigningOut] = useState(false);

  const signOut = async () => {
    setSigningOut(true);
    try {
      await (await import('@/client/auth/appAuth')).signOutOfLaptop(user);
    } catch (error) {
      // The session still ends on this laptop; the token is revoked on a later sign-out.
      console.error('Sign-out could not reach the server or the laptop storage', error);
    }
    endSession();
  };

  return (
    <div className="user-menu">
      <p className="user-name">
        {t('currentUserLabel', { name: user.displayName, role: t(ROLE_LABEL_KEYS[user.role]) })}
        <span className="user-school">{user.schoolName}</span>
      </p>
      <button type="button" className="header-button" disabled={isSigningOut} onClick={() => endSession()}>
        {t('changeUserAction')}
      </button>
      <button type="button" className="header-button" disabled={isSigningOut} onClick={() => void signOut()}>
        {isSigningOut ? t('signingOutMessage') : t('signOutAction')}
      </button>
    </div>
  );
}
