/**
 * Sign-in messages of `/api/v1/auth/*`, shared by the server and the device's sign-in
 * screen (the sync protocol's own messages are in `protocol.ts`). Errors are the common
 * `{ error: { code, message } }` body with codes from `ApiErrorCode`:
 * `invalid_credentials` (login or password wrong, never saying which), `account_disabled`,
 * `too_many_requests` (with Retry-After, seconds), `bad_request`.
 *
 * The token goes in `Authorization: Bearer <token>` on every later request, never in a URL.
 * It stays valid for weeks offline (`expiresAt`, sliding on every use).
 */
import { z } from 'zod';
import { ROLES, type Role } from '../domain/roles';

export const loginRequestSchema = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1024),
  /** The device's own id (a UUID it keeps in IndexedDB): the laptop this session is on. */
  deviceId: z.string().uuid(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES as [Role, ...Role[]])),
  /** A pupil's account: the pupil record it acts for. */
  pupilId: z.string().optional(),
  /** A staff account linked to its staff record. */
  staffId: z.string().optional(),
  /** A methodologist's district. */
  district: z.string().optional(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const schoolRefSchema = z.object({ id: z.string(), name: z.string() });
export type SchoolRef = z.infer<typeof schoolRefSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  /** ISO 8601; pushed forward on every use of the token. */
  expiresAt: z.string(),
  user: sessionUserSchema,
  school: schoolRefSchema,
  /** Signed in with a one-time password: the device shows the change form, the server refuses all else. */
  mustChangePassword: z.boolean().optional(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const meResponseSchema = z.object({
  user: sessionUserSchema,
  school: schoolRefSchema,
  /** Schools the user may read: their own, and for a methodologist those of the district. */
  readableSchools: z.array(schoolRefSchema),
});
export type MeResponse = z.infer<typeof meResponseSchema>;
