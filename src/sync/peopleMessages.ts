/**
 * People administration messages of `/api/v1/people/*` (the head of a school manages the
 * sign-ins of its staff and pupils) and `/api/v1/account/password` (anyone changes their
 * own password; the only call allowed while a one-time password is pending).
 *
 * Errors are the common `{ error: { code, message } }` body: `forbidden` (not the head of
 * this school, or a role the head may not give), `not_found` (no such person or account in
 * this school: another school's people look the same as nobody), `conflict` (login taken,
 * the person already has a login, the head's own last head role), `too_many_requests`
 * (with Retry-After), `bad_request`, and `password_change_required` on every other call
 * while a one-time password is pending.
 */
import { z } from 'zod';
import { ROLES, type Role } from '../domain/roles';

/** Roles a head may give: the school's own roles (a methodologist is the district's). */
export const HEAD_GRANTABLE_ROLES = ['head', 'teacher', 'assistant'] as const satisfies readonly Role[];

const roleSchema = z.enum(ROLES as [Role, ...Role[]]);
const idSchema = z.string().min(1).max(100);

/** A person record a login is for: a staff row or a pupil row of the synced tables. */
export const personRefSchema = z.object({ table: z.enum(['staff', 'pupils']), id: idSchema });
export type PersonRef = z.infer<typeof personRefSchema>;

export const createLoginRequestSchema = z.object({
  person: personRefSchema,
  login: z.string().trim().min(2).max(63),
  /** Staff: among HEAD_GRANTABLE_ROLES. A pupil's login always has the pupil role alone (leave empty). */
  roles: z.array(roleSchema).max(5),
});
export type CreateLoginRequest = z.infer<typeof createLoginRequestSchema>;

export const setRolesRequestSchema = z.object({ roles: z.array(roleSchema).min(1).max(5) });
export type SetRolesRequest = z.infer<typeof setRolesRequestSchema>;

export const personAccountSchema = z.object({
  id: z.string(),
  login: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  staffId: z.string().optional(),
  pupilId: z.string().optional(),
  disabled: z.boolean(),
  /** The one-time password handed out has not been replaced yet. */
  mustChangePassword: z.boolean(),
});
export type PersonAccount = z.infer<typeof personAccountSchema>;

export const accountListResponseSchema = z.object({ accounts: z.array(personAccountSchema) });
export type AccountListResponse = z.infer<typeof accountListResponseSchema>;

/** Shown once, on the sign-in card; the server keeps only its hash. */
export const oneTimePasswordResponseSchema = z.object({ account: personAccountSchema, oneTimePassword: z.string() });
export type OneTimePasswordResponse = z.infer<typeof oneTimePasswordResponseSchema>;

export const accountResponseSchema = z.object({ account: personAccountSchema });
export type AccountResponse = z.infer<typeof accountResponseSchema>;

export const PeopleAction = {
  createLogin: 'createLogin',
  resetPassword: 'resetPassword',
  setRoles: 'setRoles',
  disable: 'disable',
  enable: 'enable',
  changeOwnPassword: 'changeOwnPassword',
} as const;
export type PeopleAction = (typeof PeopleAction)[keyof typeof PeopleAction];

export const auditEntrySchema = z.object({
  at: z.string(),
  actorUserId: z.string(),
  actorName: z.string(),
  action: z.enum(Object.values(PeopleAction) as [PeopleAction, ...PeopleAction[]]),
  targetUserId: z.string(),
  targetName: z.string(),
  /** Non-secret details: the login created, the roles before and after. */
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditResponseSchema = z.object({ entries: z.array(auditEntrySchema) });
export type AuditResponse = z.infer<typeof auditResponseSchema>;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
