/** Who a signed-in user is to the school. A staff member may hold several roles. */
export const Role = {
  head: 'head',
  teacher: 'teacher',
  assistant: 'assistant',
  methodologist: 'methodologist',
  pupil: 'pupil',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ROLES: readonly Role[] = Object.values(Role);
/**
 * The roles a staff record may hold. Not who reads staff-only rows: a methodologist is staff of
 * the district yet reads no `Audience.schoolStaff` row (src/sync/readAccess.ts).
 */
export const STAFF_RECORD_ROLES: readonly Role[] = [Role.head, Role.teacher, Role.assistant, Role.methodologist];

export function isStaffRole(role: Role): boolean {
  return role !== Role.pupil;
}
