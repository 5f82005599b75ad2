/**
 * Sign-in, PIN, sign-out and removal bound to this app: the profiles database of the
 * laptop, the school server at this page's origin, the browser's idea of being online.
 * Loaded lazily by the sign-in screen and the header, never on the first paint.
 */
import { getDb } from '../db/openSandyqDb';
import { countPending } from '../db/outbox';
import { getProfilesDb, updateProfile } from '../db/profiles/profileStore';
import type { Language } from '../i18n/languages';
import type { SignedInUser } from '../stores/sessionStore';
import { requestSyncNow } from '../sync/app/sessionSync';
import type { PeopleAnswer } from '../people/peopleRequest';
import { changeOwnPassword } from './changeOwnPassword';
import { pendingChangesOf, removeProfileFromLaptop } from './removeProfile';
import { setPin, signInWithPassword, signInWithPin, type SignInDeps, type SignInResult } from './signIn';
import { signOut, type SignOutOutcome } from './signOut';

function deps(): SignInDeps {
  return {
    profilesDb: getProfilesDb(),
    baseUrl: globalThis.location.origin,
    isOnline: () => globalThis.navigator.onLine,
    now: () => Date.now(),
  };
}

export function passwordSignIn(login: string, password: string, language: Language): Promise<SignInResult> {
  return signInWithPassword(deps(), login, password, language);
}

export function pinSignIn(userId: string, pin: string): Promise<SignInResult> {
  return signInWithPin(deps(), userId, pin);
}

export function choosePin(userId: string, pin: string): Promise<boolean> {
  return setPin(deps(), userId, pin);
}

/** Replaces a one-time password with the person's own, on the server and on this laptop. */
export function changePassword(userId: string, currentPassword: string, newPassword: string): Promise<PeopleAnswer<undefined>> {
  return changeOwnPassword(deps(), userId, currentPassword, newPassword);
}

export function saveProfileLanguage(userId: string, language: Language): Promise<void> {
  return updateProfile(getProfilesDb(), userId, { language });
}

/** Sends what waits (when online), then signs out; see `signOut.ts` for the revocation. */
export async function signOutOfLaptop(user: SignedInUser): Promise<SignOutOutcome> {
  const d = deps();
  if (d.isOnline()) await requestSyncNow();
  const pending = await countPending(getDb(user.dbName), user.id).catch(() => 1);
  return signOut(d, user.id, pending);
}

export function unsentChangesOf(profile: { userId: string; schoolId: string; roles: SignedInUser['roles'] }): Promise<number> {
  return pendingChangesOf(profile);
}

export function removeFromLaptop(userId: string): Promise<void> {
  return removeProfileFromLaptop(deps(), userId);
}
