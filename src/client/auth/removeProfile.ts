/**
 * "Remove from this laptop": the person's tile, session token and verifiers go, and their
 * data with them. A personal database (a pupil's, a methodologist's) is deleted whole; a
 * school's staff database stays while other staff of the school still sign in here, minus
 * this person's unsent changes; the last staff member removed takes it with them. The
 * screen asks first when `pendingChangesOf` is above zero: those changes are lost.
 */
import { getDb, deleteSandyqDb } from '../db/openSandyqDb';
import { countPending } from '../db/outbox';
import type { DeviceProfile } from '../db/profiles/deviceProfile';
import { discardUserChanges } from '../db/profiles/discardUserChanges';
import { deleteProfile, readProfile, readProfiles } from '../db/profiles/profileStore';
import type { ProfilesDb } from '../db/profiles/profilesDb';
import { dataDbNameFor } from './dataDbName';
import { revokeToken } from './revokeToken';

type ScopeOf = Pick<DeviceProfile, 'userId' | 'schoolId' | 'roles'>;

function dbNameOf(profile: ScopeOf): string {
  return dataDbNameFor({ userId: profile.userId, schoolId: profile.schoolId, roles: profile.roles });
}

/** Changes of this person the laptop has not sent yet. */
export function pendingChangesOf(profile: ScopeOf): Promise<number> {
  return countPending(getDb(dbNameOf(profile)), profile.userId);
}

export async function removeProfileFromLaptop(
  deps: { profilesDb: ProfilesDb; baseUrl: string; isOnline(): boolean; fetch?: typeof fetch },
  userId: string,
): Promise<void> {
  const profile = await readProfile(deps.profilesDb, userId);
  if (!profile) return;
  if (profile.token && deps.isOnline()) await revokeToken(deps, profile.token);
  const dbName = dbNameOf(profile);
  const sharers = (await readProfiles(deps.profilesDb)).filter((p) => p.userId !== userId && dbNameOf(p) === dbName);
  if (sharers.length === 0) await deleteSandyqDb(dbName);
  else await discardUserChanges(getDb(dbName), userId);
  await deleteProfile(deps.profilesDb, userId);
}
