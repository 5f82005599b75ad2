/**
 * Signing in as someone whose tile was chosen: their PIN when they have a usable one,
 * else their password (online the server checks it, offline the laptop's verifier).
 * Either way the person can switch to the other; a locked PIN leaves only the password.
 * Someone whose server session has ended is offered the password first while online,
 * with a line saying why: only an online password sign-in lets their changes be sent.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ProfileSummary } from '@/client/auth/deviceProfiles';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useConnectivityStore } from '@/client/stores/connectivityStore';
import { useUnsavedInput } from '../components/useUnsavedInput';
import { ProfileIdentity } from './ProfileIdentity';
import { loadSignInActions } from './loadSignIn';
import { SignInRefusalMessage } from './SignInRefusalMessage';
import { useSignInAttempt, type SignInSuccess } from './useSignInAttempt';

const Method = { pin: 'pin', password: 'password' } as const;
type Method = (typeof Method)[keyof typeof Method];

export function ProfileSignInForm({
  profile,
  onSignedIn,
  onBack,
}: {
  profile: ProfileSummary;
  onSignedIn: (result: SignInSuccess, password: string) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation(['signIn', 'common']);
  const canUsePin = profile.hasPin && !profile.isPinLocked;
  const isOnline = useConnectivityStore((state) => state.isOnline);
  const needsSession = !profile.hasSession && isOnline;
  const [method, setMethod] = useState<Method>(canUsePin && !needsSession ? Method.pin : Method.password);
  const [secret, setSecret] = useState('');
  const { isBusy, refusal, attempt, clearRefusal } = useSignInAttempt((result) => onSignedIn(result, secret));
  const ids = { title: useId(), secret: useId(), error: useId() };
  useUnsavedInput(secret !== '');
  const isPinLocked = refusal?.failure === 'pinLocked' || (profile.hasPin && profile.isPinLocked);
  const shownMethod = isPinLocked ? Method.password : method;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (secret === '') return;
    const typed = secret;
    setSecret('');
    void attempt(async () => {
      const actions = await loadSignInActions();
      return shownMethod === Method.pin ? actions.pinSignIn(profile.userId, typed) : actions.passwordSignIn(profile.login, typed, currentLanguage());
    });
  };

  const switchTo = (next: Method) => {
    setMethod(next);
    setSecret('');
    clearRefusal();
  };

  return (
    <form className="sign-in-form" onSubmit={submit} noValidate aria-labelledby={ids.title} aria-busy={isBusy}>
      <h2 id={ids.title} className="sign-in-name">
        <ProfileIdentity profile={profile} />
      </h2>
      {needsSession && <p className="hint">{t('sessionEndedHintMessage')}</p>}
      <div className="field">
        <label htmlFor={ids.secret}>{shownMethod === Method.pin ? t('pinLabel') : t('passwordLabel')}</label>
        <input
          key={shownMethod}
          id={ids.secret}
          name={shownMethod === Method.pin ? 'pin' : 'password'}
          type="password"
          autoComplete={shownMethod === Method.pin ? 'off' : 'current-password'}
          inputMode={shownMethod === Method.pin ? 'numeric' : undefined}
          maxLength={shownMethod === Method.pin ? 6 : 1024}
          autoFocus
          value={secret}
          aria-describedby={ids.error}
          onChange={(event) => setSecret(event.target.value)}
        />
      </div>
      <SignInRefusalMessage id={ids.error} refusal={refusal} />
      <div className="sign-in-actions">
        <button type="submit" className="button button-primary button-large" disabled={isBusy}>
          {isBusy ? t('checkingMessage') : t('signInAction')}
        </button>
        {shownMethod === Method.pin && (
          <button type="button" className="button button-quiet" onClick={() => switchTo(Method.password)}>
            {t('usePasswordAction')}
          </button>
        )}
        {shownMethod === Method.password && canUsePin && !isPinLocked && (
          <button type="button" className="button button-quiet" onClick={() => switchTo(Method.pin)}>
            {t('usePinAction')}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={onBack}>
          {t('backToTilesAction')}
        </button>
      </div>
    </form>
  );
}
