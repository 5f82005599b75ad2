/**
 * Who may do what with a school's resource files. Kept beside the routes as data, like the
 * sync tables' rules (src/sync/tableRules.ts): staff who make resources (head, teachers)
 * upload; everyone of the school, pupils too, downloads the files of their school.
 */
import { Role } from '@/domain/roles';

export const FILE_UPLOADERS: readonly Role[] = [Role.head, Role.teacher];

export function mayUploadFiles(roles: readonly Role[]): boolean {
  return roles.some((r) => FILE_UPLOADERS.includes(r));
}
