/** The translation key of each role's name. */
import type { Role } from '@/domain/roles';

export const ROLE_LABEL_KEYS = {
  head: 'common:headRoleLabel',
  teacher: 'common:teacherRoleLabel',
  assistant: 'common:assistantRoleLabel',
  pupil: 'common:pupilRoleLabel',
  methodologist: 'common:methodologistRoleLabel',
} as const satisfies Record<Role, string>;
