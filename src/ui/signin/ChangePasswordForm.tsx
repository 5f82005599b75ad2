/**
 * Right after a sign-in with a one-time password from the head's sign-in card: the person
 * chooses their own password before anything else (the server refuses all other use until
 * then). Typed twice; needs the internet, and says so rather than waiting.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useConnectivityStore } from '@/client/stores/connectivityStore';
import { useUnsavedInput } from '../components/useUnsavedInput';
import { loadSignInActions } from './loadSignIn';
import { SecretField } from './SecretField';

const MIN_LENGTH = 6;

type Problem = 'tooShort' | 'same' | 'mismatch' | 'offline' | 'failed';
const PROBLEM_KEYS = {
  tooShort: 'newPasswordTooShortMessage',
  same: 'newPasswordSameMessage',
  mismatch: 'newPasswordMismatchMessage',
  offline: 'changePasswordOfflineMessage',
  failed: 'changePasswordFailedMessage',
} as const satisfies Record<Problem, string>;

export function ChangePasswordForm({ userId, oneTimePassword, onDone }: { userId: string; oneTimePassword: string; onDone: () => void }) {
  const { t } = useTranslation(['signIn', 'common']);
  const isOnline = useConnectivityStore((state) => state.isOnline);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [isBusy, setBusy] = useState(false);
  const ids = { title: useId(), intro: useId(), error: useId() };
  useUnsavedInput(true);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_LENGTH) return setProblem('tooShort');
    if (password === oneTimePassword) return setProblem('same');
    if (password !== repeat) return setProblem('mismatch');
    if (!isOnline) return setProblem('offline');
    setBusy(true);
    const answer = await (await loadSignInActions()).changePassword(userId, oneTimePassword, password).catch(() => undefined);
    setBusy(false);
    if (answer?.ok) return onDone();
    setProblem(answer?.failure === 'noConnection' ? 'offline' : answer?.failure === 'badRequest' ? 'tooShort' : 'failed');
  };

  return (
    <form
      className="sign-in-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={ids.title}
      aria-describedby={ids.intro}
      aria-busy={isBusy}
    >
      <h2 id={ids.title}>{t('changePasswordTitle')}</h2>
      <p id={ids.intro}>{t('changePasswordMessage')}</p>
      <SecretField
        label={t('newPasswordLabel')}
        name="new-password"
        autoFocus
        value={password}
        onChange={setPassword}
        isInvalid={problem === 'tooShort' || problem === 'same'}
        errorId={ids.error}
      />
      <SecretField
        label={t('repeatPasswordLabel')}
        name="repeat-password"
        value={repeat}
        onChange={setRepeat}
        isInvalid={problem === 'mismatch'}
        errorId={ids.error}
      />
      <p id={ids.error} className="field-error" role="alert">
        {problem ? t(PROBLEM_KEYS[problem]) : ''}
      </p>
      <div className="sign-in-actions">
        <button type="submit" className="button button-primary button-large" disabled={isBusy}>
          {t('changePasswordAction')}
        </button>
      </div>
    </form>
  );
}
