/**
 * One sign-in attempt at a time from a form: `isBusy` while it runs (PBKDF2 and a slow
 * link can take seconds), the refusal to show when it fails, and the success passed on.
 * A failure of the laptop's storage is shown as one more refusal; its full-screen message
 * comes from the storage events.
 */
import { useState } from 'react';
import type { SignInResult } from '@/client/auth/signIn';
import type { SignInRefusal } from '@/client/auth/signInFailure';

export type SignInSuccess = Extract<SignInResult, { ok: true }>;

export function useSignInAttempt(onSuccess: (result: SignInSuccess) => void) {
  const [isBusy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<SignInRefusal | undefined>();
  const attempt = async (run: () => Promise<SignInResult>) => {
    if (isBusy) return;
    setBusy(true);
    setRefusal(undefined);
    let result: SignInResult;
    try {
      result = await run();
    } catch {
      result = { ok: false, failure: 'storageFailed' };
    }
    setBusy(false);
    if (result.ok) onSuccess(result);
    else setRefusal(result);
  };
  return { isBusy, refusal, attempt, clearRefusal: () => setRefusal(undefined) };
}
