/**
 * "Who is using this laptop?" — the stand-in for sign-in until accounts exist (issue 3).
 * A person writes a name and picks a role; the choice stays on this device and opens that
 * role's screens. Sign-in replaces this screen; the shell only reads the session's user.
 */
import { useId, useState, type FormEvent } from 'react';
import { currentLanguage, setLanguage } from '../../client/i18n/i18n';
import { useTranslation } from '../../client/i18n/useTranslation';
import { useSessionStore } from '../../client/stores/sessionStore';
import { ROLES, type Role } from '../../domain/roles';
import { useMarkAppReady } from '../components/useMarkAppReady';
import { useUnsavedInput } from '../components/useUnsavedInput';
import { ROLE_LABEL_KEYS } from '../components/roleLabels';
import { Header } from '../shell/Header';
import { MAIN_CONTENT_ID, SkipLink } from '../shell/SkipLink';
import { UpdateBanner } from '../shell/UpdateBanner';

const ROLE_HINT_KEYS = {
  head: 'firstRun:headRoleHintMessage',
  teacher: 'firstRun:teacherRoleHintMessage',
  assistant: 'firstRun:assistantRoleHintMessage',
  pupil: 'firstRun:pupilRoleHintMessage',
  methodologist: 'firstRun:methodologistRoleHintMessage',
} as const satisfies Record<Role, string>;

export function FirstRunScreen() {
  const { t } = useTranslation(['firstRun', 'common']);
  const startDeviceSession = useSessionStore((state) => state.startDeviceSession);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('teacher');
  const [showNameError, setShowNameError] = useState(false);
  const ids = { title: useId(), name: useId(), nameError: useId() };
  useMarkAppReady();
  useUnsavedInput(name.trim() !== '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setShowNameError(true);
      return;
    }
    const user = startDeviceSession(name, role);
    // The language chosen on this screen becomes the new profile's own choice.
    void setLanguage(currentLanguage(), user.id);
  };

  return (
    <div className="app">
      <SkipLink />
      <Header />
      <UpdateBanner />
      <main id={MAIN_CONTENT_ID} className="first-run" tabIndex={-1} aria-labelledby={ids.title}>
        <form className="first-run-card" onSubmit={submit} noValidate>
          <h1 id={ids.title}>{t('whoIsUsingTitle')}</h1>
          <p>{t('introMessage')}</p>
          <div className="field">
            <label htmlFor={ids.name}>{t('nameLabel')}</label>
            <input
              id={ids.name}
              name="displayName"
              autoComplete="name"
              maxLength={100}
              required
              value={name}
              aria-invalid={showNameError && name.trim() === ''}
              aria-describedby={showNameError ? ids.nameError : undefined}
              onChange={(event) => setName(event.target.value)}
            />
            {showNameError && name.trim() === '' && (
              <p id={ids.nameError} className="field-error" role="alert">
                {t('nameRequiredMessage')}
              </p>
            )}
          </div>
          <fieldset className="role-choices">
            <legend>{t('roleLabel')}</legend>
            {ROLES.map((option) => (
              <label key={option} className="role-choice">
                <input type="radio" name="role" value={option} checked={role === option} onChange={() => setRole(option)} />
                <span className="role-choice-text">
                  <span className="role-choice-name">{t(ROLE_LABEL_KEYS[option])}</span>
                  <span className="role-choice-hint">{t(ROLE_HINT_KEYS[option])}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button button-primary button-large">
            {t('continueAction')}
          </button>
        </form>
      </main>
    </div>
  );
}
