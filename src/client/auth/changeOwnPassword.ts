/**
 * Replaces the one-time password the head handed out (or one's own) on the server, then
 * the laptop's offline verifier, so that offline sign-in takes the new password and no
 * longer the one printed on the card. Online only: the server must know first.
 */
import { readProfile, updateProfile } from '../db/profiles/profileStore';
import type { ProfilesDb } from '../db/profiles/profilesDb';
import { peopleRequest, type PeopleAnswer } from '../people/peopleRequest';
import { deriveVerifier, type VerifierCrypto } from './secretVerifier';

export interface ChangeOwnPasswordDeps {
  profilesDb: ProfilesDb;
  baseUrl: string;
  fetch?: typeof fetch;
  crypto?: VerifierCrypto;
  iterations?: number;
}

export async function changeOwnPassword(
  deps: ChangeOwnPasswordDeps,
  userId: string,
  currentPassword: string,
  newPassword: string,
): Promise<PeopleAnswer<undefined>> {
  const profile = await readProfile(deps.profilesDb, userId);
  if (!profile?.token) return { ok: false, failure: 'signedOut' };
  const answer = await peopleRequest(
    { baseUrl: deps.baseUrl, token: profile.token, ...(deps.fetch ? { fetch: deps.fetch } : {}) },
    'POST',
    '/account/password',
    undefined,
    { currentPassword, newPassword },
  );
  if (!answer.ok) return answer;
  const verifier = await deriveVerifier(newPassword, {
    ...(deps.iterations ? { iterations: deps.iterations } : {}),
    ...(deps.crypto ? { crypto: deps.crypto } : {}),
  });
  await updateProfile(deps.profilesDb, userId, { password: verifier, mustChangePassword: undefined });
  return { ok: true, value: undefined };
}
