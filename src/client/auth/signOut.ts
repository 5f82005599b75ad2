/**
 * Signing out on a shared laptop. The person's tile stays (their next sign-in may be
 * offline); their server session is revoked, so the token left on the laptop is useless —
 * but only once nothing of theirs waits to be sent, because the token is what sends it.
 * With changes waiting or no connection, the profile is marked `isRevokePending`, and the
 * next sync run on this laptop (anyone's) sends them and then revokes the token.
 */
import { readProfile, updateProfile } from '../db/profiles/profileStore';
import type { ProfilesDb } from '../db/profiles/profilesDb';
import { revokeToken, RevokeOutcome } from './revokeToken';
import { TOKEN_GONE } from './tokenLife';

export const SignOutOutcome = {
  /** The server session is revoked (or there was none). */
  revoked: 'revoked',
  /** Changes wait or the server was unreachable: revoked after they are sent. */
  revokeLater: 'revokeLater',
} as const;
export type SignOutOutcome = (typeof SignOutOutcome)[keyof typeof SignOutOutcome];

export interface SignOutDeps {
  profilesDb: ProfilesDb;
  baseUrl: string;
  isOnline(): boolean;
  fetch?: typeof fetch;
}

export async function signOut(deps: SignOutDeps, userId: string, pendingChanges: number): Promise<SignOutOutcome> {
  const profile = await readProfile(deps.profilesDb, userId);
  if (!profile?.token) return SignOutOutcome.revoked;
  if (pendingChanges === 0 && deps.isOnline()) {
    const outcome = await revokeToken(deps, profile.token);
    if (outcome === RevokeOutcome.revoked) {
      await updateProfile(deps.profilesDb, userId, TOKEN_GONE);
      return SignOutOutcome.revoked;
    }
  }
  await updateProfile(deps.profilesDb, userId, { isRevokePending: true });
  return SignOutOutcome.revokeLater;
}
