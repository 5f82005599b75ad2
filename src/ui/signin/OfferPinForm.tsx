/**
 * After a password sign-in, for someone with no PIN yet: "set a PIN for quick sign-in?".
 * Typed twice; "Not now" goes on without one. The sign-in is not finished until the
 * person chooses, so an app update waits for this form as for unsaved typing.
 */
import { useId, useState, type FormEvent } from 'react';
import { isValidPin } from '@/client/auth/pinRules';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useUnsavedInput } from '../components/useUnsavedInput';
import { loadSignInActions } from './loadSignIn';
import { SecretField } from './SecretField';

export function OfferPinForm({ userId, onDone }: { userId: string; onDone: () => void }) {
  const { t } = useTranslation(['signIn', 'common']);
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<'invalid' | 'mismatch' | 'failed' | undefined>();
  const [isBusy, setBusy] = useState(false);
  const ids = { title: useId(), intro: useId(), error: useId() };
  useUnsavedInput(true);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValidPin(pin)) return setProblem('invalid');
    if (pin !== repeat) return setProblem('mismatch');
    setBusy(true);
    const isSet = await (await loadSignInActions()).choosePin(userId, pin).catch(() => false);
    setBusy(false);
    if (!isSet) return setProblem('failed');
    onDone();
  };

  const problemText =
    problem === 'invalid'
      ? t('pinFormatMessage')
      : problem === 'mismatch'
        ? t('pinMismatchMessage')
        : problem === 'failed'
          ? t('storageFailedMessage')
          : '';

  return (
    <form className="sign-in-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={ids.title} aria-describedby={ids.intro}>
      <h2 id={ids.title}>{t('offerPinTitle')}</h2>
      <p id={ids.intro}>{t('offerPinMessage')}</p>
      <SecretField
        label={t('newPinLabel')}
        name="new-pin"
        isPin
        autoFocus
        value={pin}
        onChange={setPin}
        isInvalid={problem === 'invalid'}
        errorId={ids.error}
      />
      <SecretField
        label={t('repeatPinLabel')}
        name="repeat-pin"
        isPin
        value={repeat}
        onChange={setRepeat}
        isInvalid={problem === 'mismatch'}
        errorId={ids.error}
      />
      <p id={ids.error} className="field-error" role="alert">
        {problemText}
      </p>
      <div className="sign-in-actions">
        <button type="submit" className="button button-primary button-large" disabled={isBusy}>
          {t('setPinAction')}
        </button>
        <button type="button" className="button button-quiet" disabled={isBusy} onClick={onDone}>
          {t('skipPinAction')}
        </button>
      </div>
    </form>
  );
}
