/**
 * Why a sign-in did not happen, as a closed set the sign-in screen turns into words in
 * the person's language. Sign-in returns these as results; it throws only on a bug.
 */
export const SignInFailure = {
  /** The server: the login or the password is wrong (it never says which). */
  invalidCredentials: 'invalidCredentials',
  /** The server: the account is disabled; the head or an administrator can enable it. */
  accountDisabled: 'accountDisabled',
  /** The server: too many wrong tries; `retryAfterSeconds` says how long to wait. */
  tooManyAttempts: 'tooManyAttempts',
  /** The server could not be reached, and this laptop cannot check the password itself. */
  noConnection: 'noConnection',
  /** The server failed or answered something unreadable. */
  serverError: 'serverError',
  /** Offline: the password does not match this laptop's verifier. */
  wrongPassword: 'wrongPassword',
  /** The PIN is wrong; `attemptsLeft` tries remain. */
  wrongPin: 'wrongPin',
  /** Too many wrong PINs: the PIN works again after a password sign-in. */
  pinLocked: 'pinLocked',
  /** Offline, and this person has never signed in on this laptop: sign in online once first. */
  needsOnlineSignIn: 'needsOnlineSignIn',
  /** The laptop's storage failed (full disk…); the storage message says more. */
  storageFailed: 'storageFailed',
} as const;
export type SignInFailure = (typeof SignInFailure)[keyof typeof SignInFailure];

export interface SignInRefusal {
  ok: false;
  failure: SignInFailure;
  retryAfterSeconds?: number;
  attemptsLeft?: number;
}
