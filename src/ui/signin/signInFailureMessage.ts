/** The words for each reason a sign-in did not happen (`SignInFailure`). */
import type { TFunction } from 'i18next';
import type { SignInRefusal } from '@/client/auth/signInFailure';

export function signInFailureMessage(t: TFunction<['signIn', 'common']>, refusal: SignInRefusal): string {
  switch (refusal.failure) {
    case 'invalidCredentials':
      return t('signIn:invalidCredentialsMessage');
    case 'accountDisabled':
      return t('signIn:accountDisabledMessage');
    case 'tooManyAttempts':
      return refusal.retryAfterSeconds
        ? t('signIn:tooManyAttemptsMessage', { count: Math.ceil(refusal.retryAfterSeconds / 60) })
        : t('signIn:tooManyAttemptsLaterMessage');
    case 'noConnection':
      return t('signIn:noConnectionMessage');
    case 'serverError':
      return t('signIn:serverErrorMessage');
    case 'wrongPassword':
      return t('signIn:wrongPasswordMessage');
    case 'wrongPin':
      return t('signIn:wrongPinMessage', { count: refusal.attemptsLeft ?? 0 });
    case 'pinLocked':
      return t('signIn:pinLockedMessage');
    case 'needsOnlineSignIn':
      return t('signIn:needsOnlineSignInMessage');
    case 'storageFailed':
      return t('signIn:storageFailedMessage');
  }
}
