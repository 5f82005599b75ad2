/** The account as a signed-in device sees it: no login, no hash, no disabled flag. */
import type { SessionUser } from '@/sync/authMessages';
import type { UserAccount } from '../accounts/userStore';

export function sessionUser(user: UserAccount): SessionUser {
  return {
    id: user.id,
    schoolId: user.schoolId,
    displayName: user.displayName,
    roles: [...user.roles],
    ...(user.pupilId ? { pupilId: user.pupilId } : {}),
    ...(user.staffId ? { staffId: user.staffId } : {}),
    ...(user.district ? { district: user.district } : {}),
  };
}
