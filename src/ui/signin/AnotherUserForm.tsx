/**
 * "Another user": login and password. Online the server checks them; offline (or with the
 * server out of reach) only a person who has signed in on this laptop before can sign in,
 * against the laptop's verifier. The password field is never prefilled and never kept.
 */
import { useId, useState, type FormEvent } from 'react';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useUnsavedInput } from '../components/useUnsavedInput';
import { loadSignInActions } from './loadSignIn';
import { SignInRefusalMessage } from './SignInRefusalMessage';
import { useSignInAttempt, type SignInSuccess } from './useSignInAttempt';

export function AnotherUserForm({ onSignedIn, onBack }: { onSignedIn: (result: SignInSuccess, password: string) => void; onBack?: () => void }) {
  const { t } = useTranslation(['signIn', 'common']);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [isMissing, setMissing] = useState(false);
  const { isBusy, refusal, attempt } = useSignInAttempt((result) => onSignedIn(result, password));
  const ids = { title: useId(), login: useId(), password: useId(), error: useId(), missing: useId() };
  useUnsavedInput(login.trim() !== '' || password !== '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (login.trim() === '' || password === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    void attempt(async () => (await loadSignInActions()).passwordSignIn(login, password, currentLanguage()));
  };

  return (
    <form className="sign-in-form" onSubmit={submit} noValidate aria-labelledby={ids.title} aria-busy={isBusy}>
      <h2 id={ids.title}>{t('anotherUserTitle')}</h2>
      <div className="field">
        <label htmlFor={ids.login}>{t('loginLabel')}</label>
        <input
          id={ids.login}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={100}
          autoFocus
          value={login}
          aria-invalid={isMissing && login.trim() === ''}
          aria-describedby={`${ids.error} ${ids.missing}`}
          onChange={(event) => setLogin(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.password}>{t('passwordLabel')}</label>
        <input
          id={ids.password}
          name="password"
          type="password"
          autoComplete="current-password"
          maxLength={1024}
          value={password}
          aria-invalid={isMissing && password === ''}
          aria-describedby={`${ids.error} ${ids.missing}`}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      {isMissing && (
        <p id={ids.missing} className="field-error" role="alert">
          {t('loginAndPasswordRequiredMessage')}
        </p>
      )}
      <SignInRefusalMessage id={ids.error} refusal={refusal} />
      <div className="sign-in-actions">
        <button type="submit" className="button button-primary button-large" disabled={isBusy}>
          {isBusy ? t('checkingMessage') : t('signInAction')}
        </button>
        {onBack && (
          <button type="button" className="button button-quiet" onClick={onBack}>
            {t('backToTilesAction')}
          </button>
        )}
      </div>
    </form>
  );
}
