/** The interface's session for a profile: who, which screens, which device database. */
import type { DeviceProfile } from '../db/profiles/deviceProfile';
import type { SignedInUser, SignInMethod } from '../stores/sessionStore';
import { dataDbNameFor, primaryRole } from './dataDbName';

export function sessionFromProfile(profile: DeviceProfile, method: SignInMethod, now: number): SignedInUser {
  return {
    id: profile.userId,
    login: profile.login,
    displayName: profile.displayName,
    roles: profile.roles,
    role: primaryRole(profile.roles),
    schoolId: profile.schoolId,
    schoolName: profile.schoolName,
    ...(profile.pupilId !== undefined ? { pupilId: profile.pupilId } : {}),
    ...(profile.staffId !== undefined ? { staffId: profile.staffId } : {}),
    dbName: dataDbNameFor({ userId: profile.userId, schoolId: profile.schoolId, roles: profile.roles }),
    signedInWith: method,
    signedInAt: now,
  };
}
