/**
 * A member of staff: teacher, assistant teacher, head or deputy, or a district
 * methodologist attached to the school. Sign-in accounts live on the server, not here.
 */
import { z } from 'zod';
import { STAFF_RECORD_ROLES, type Role } from '../roles';
import { ValidationCode as V } from '../validation';
import { TextLimit, idRefs, oneOf, text } from './fields';

export const STAFF_SCHEMA_VERSION = 1;

export const StaffStatus = { active: 'active', left: 'left' } as const;
export type StaffStatus = (typeof StaffStatus)[keyof typeof StaffStatus];

type StaffRole = Exclude<Role, 'pupil'>;

export const staffSchema = z.object({
  surname: text(TextLimit.personName),
  name: text(TextLimit.personName),
  patronymic: text(TextLimit.personName).optional(),
  /** One or more staff roles; a pupil role is never given to staff. */
  roles: z
    .array(z.enum(STAFF_RECORD_ROLES as [StaffRole, ...StaffRole[]], { error: V.invalidChoice }))
    .min(1, V.emptyList)
    .refine((rs) => new Set(rs).size === rs.length, V.duplicate),
  /** Subjects this person teaches; small-school teachers often teach several. */
  subjectIds: idRefs<'Subject'>(50).optional(),
  /** Job title as written in school papers, e.g. "директордың оқу ісі жөніндегі орынбасары". */
  position: text(TextLimit.title).optional(),
  status: oneOf(StaffStatus),
});
export type Staff = z.infer<typeof staffSchema>;
