/**
 * The last step of every sign-in: the person's own interface language (kept in their
 * profile), then the session, which takes the app to their role's screens.
 */
import { currentLanguage, setLanguage } from '@/client/i18n/i18n';
import { readLanguagePreference } from '@/client/i18n/languagePreference';
import { useSessionStore } from '@/client/stores/sessionStore';
import type { SignInSuccess } from './useSignInAttempt';

export async function completeSignIn({ user, profile }: SignInSuccess): Promise<void> {
  const language = profile.language ?? readLanguagePreference(user.id) ?? currentLanguage();
  await setLanguage(language, user.id).catch(() => undefined);
  useSessionStore.getState().startSession(user);
}
