/**
 * The role whose screens the menu shows, for an account holding several. Its own module, free
 * of the sync rules `dataDbName` needs (and their schema library), because the sign-in tiles
 * show it before the first paint.
 */
import { Role } from '@/domain/roles';

const ROLE_PRIORITY: readonly Role[] = [Role.head, Role.teacher, Role.assistant, Role.methodologist, Role.pupil];

export function primaryRole(roles: readonly Role[]): Role {
  return ROLE_PRIORITY.find((r) => roles.includes(r)) ?? Role.pupil;
}
