/**
 * Who is using this shared laptop: the tiles of people who have signed in here, "another
 * user" with a login and password, then (after a password sign-in, for someone with no
 * PIN) the offer of a PIN. Offline, a note says that only people known to this laptop can
 * sign in. The app is marked ready once the tiles are known, so nothing jumps after.
 */
import { useEffect, useId, useState } from 'react';
import type { ProfileSummary } from '@/client/auth/deviceProfiles';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useConnectivityStore } from '@/client/stores/connectivityStore';
import { useSessionStore } from '@/client/stores/sessionStore';
import { useMarkAppReady } from '../components/useMarkAppReady';
import { useDocumentTitle } from '../navigation/useDocumentTitle';
import { Header } from '../shell/Header';
import { MAIN_CONTENT_ID, SkipLink } from '../shell/SkipLink';
import { UpdateBanner } from '../shell/UpdateBanner';
import { AnotherUserForm } from './AnotherUserForm';
import { completeSignIn } from './completeSignIn';
import { loadSignInActions } from './loadSignIn';
import { ChangePasswordForm } from './ChangePasswordForm';
import { OfferPinForm } from './OfferPinForm';
import { ProfileSignInForm } from './ProfileSignInForm';
import { ProfileTiles } from './ProfileTiles';
import { RemoveProfilePanel } from './RemoveProfilePanel';
import { useDeviceProfiles } from './useDeviceProfiles';
import type { SignInSuccess } from './useSignInAttempt';

type View =
  | { kind: 'tiles' }
  | { kind: 'another' }
  | { kind: 'profile'; userId: string }
  | { kind: 'remove'; userId: string }
  | { kind: 'offerPin'; result: SignInSuccess }
  | { kind: 'changePassword'; result: SignInSuccess; oneTimePassword: string };

export function SignInScreen() {
  const { profiles, reload } = useDeviceProfiles();
  return profiles === undefined ? <SignInFrame /> : <SignInViews profiles={profiles} reload={reload} />;
}

function SignInViews({ profiles, reload }: { profiles: ProfileSummary[]; reload: () => void }) {
  const preselected = useSessionStore((state) => state.preselectedUserId);
  const [view, setView] = useState<View>(() =>
    preselected && profiles.some((p) => p.userId === preselected)
      ? { kind: 'profile', userId: preselected }
      : profiles.length === 0
        ? { kind: 'another' }
        : { kind: 'tiles' },
  );
  useMarkAppReady();
  useEffect(() => {
    // The sign-in code (verifiers, the login request) is there before anyone presses "sign in".
    void loadSignInActions().catch(() => undefined);
  }, []);

  const toTiles = () => setView(profiles.length === 0 ? { kind: 'another' } : { kind: 'tiles' });
  const afterPasswordChecked = (result: SignInSuccess) => {
    const isPassword = result.user.signedInWith !== 'pin';
    if (isPassword && result.profile.pin === undefined) setView({ kind: 'offerPin', result });
    else void completeSignIn(result);
  };
  // A one-time password from the head's sign-in card is replaced before anything else.
  const onSignedIn = (result: SignInSuccess, password?: string) => {
    if (result.mustChangePassword && password !== undefined) setView({ kind: 'changePassword', result, oneTimePassword: password });
    else afterPasswordChecked(result);
  };
  const profileOf = (userId: string) => profiles.find((p) => p.userId === userId);

  let content;
  if (view.kind === 'changePassword') {
    content = (
      <ChangePasswordForm userId={view.result.user.id} oneTimePassword={view.oneTimePassword} onDone={() => afterPasswordChecked(view.result)} />
    );
  } else if (view.kind === 'offerPin') {
    content = <OfferPinForm userId={view.result.user.id} onDone={() => void completeSignIn(view.result)} />;
  } else if (view.kind === 'profile' && profileOf(view.userId)) {
    content = <ProfileSignInForm profile={profileOf(view.userId)!} onSignedIn={onSignedIn} onBack={toTiles} />;
  } else if (view.kind === 'remove' && profileOf(view.userId)) {
    const done = () => {
      reload();
      setView({ kind: 'tiles' });
    };
    content = <RemoveProfilePanel profile={profileOf(view.userId)!} onRemoved={done} onCancel={() => setView({ kind: 'tiles' })} />;
  } else if (view.kind === 'tiles' && profiles.length > 0) {
    content = (
      <ProfileTiles
        profiles={profiles}
        onChoose={(userId) => setView({ kind: 'profile', userId })}
        onAnotherUser={() => setView({ kind: 'another' })}
        onRemove={(userId) => setView({ kind: 'remove', userId })}
      />
    );
  } else {
    content = <AnotherUserForm onSignedIn={onSignedIn} {...(profiles.length > 0 ? { onBack: toTiles } : {})} />;
  }
  return <SignInFrame>{content}</SignInFrame>;
}

function SignInFrame({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation(['signIn', 'common']);
  useDocumentTitle(t('whoIsUsingTitle'));
  const isOnline = useConnectivityStore((state) => state.isOnline);
  const titleId = useId();
  return (
    <div className="app">
      <SkipLink />
      <Header />
      <UpdateBanner />
      <main id={MAIN_CONTENT_ID} className="sign-in" tabIndex={-1} aria-labelledby={titleId}>
        <div className="sign-in-card">
          <h1 id={titleId}>{t('whoIsUsingTitle')}</h1>
          {!isOnline && <p className="offline-notice">{t('offlineNoticeMessage')}</p>}
          {children ?? <p className="screen-loading">{t('common:loadingMessage')}</p>}
        </div>
      </main>
    </div>
  );
}
