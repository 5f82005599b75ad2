/**
 * The sign-in tiles' data: who has signed in on this laptop, without tokens or verifiers.
 * Its own small module (the database library and the profiles database, nothing of
 * sign-in itself), so the sign-in screen can start loading it at boot, beside the
 * interface's texts, while the heavier sign-in code loads only when someone signs in.
 */
import type { ProfileSummary } from '../db/profiles/deviceProfile';
import { getProfilesDb, readProfileSummaries } from '../db/profiles/profileStore';

export type { ProfileSummary };

export function listDeviceProfiles(): Promise<ProfileSummary[]> {
  return readProfileSummaries(getProfilesDb());
}
