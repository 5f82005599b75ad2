/** Why the last try did not sign in, read out at once (role="alert"). */
import type { SignInRefusal } from '@/client/auth/signInFailure';
import { useTranslation } from '@/client/i18n/useTranslation';
import { signInFailureMessage } from './signInFailureMessage';

export function SignInRefusalMessage({ refusal, id }: { refusal: SignInRefusal | undefined; id: string }) {
  const { t } = useTranslation(['signIn', 'common']);
  return (
    <p id={id} className="field-error sign-in-refusal" role="alert" data-refusal={refusal?.failure ?? ''}>
      {refusal ? signInFailureMessage(t, refusal) : ''}
    </p>
  );
}
