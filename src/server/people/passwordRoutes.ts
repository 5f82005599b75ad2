/**
 * `POST /api/v1/account/password`: anyone changes their own password. It is the one call a
 * session signed in with a one-time password may make (see authenticate): the new password
 * replaces the one the head handed out, and the account is usable again. The current
 * password is checked, and attempts are limited per account like sign-ins.
 */
import type { FastifyInstance } from 'fastify';
import { changePasswordRequestSchema, PeopleAction } from '@/sync/peopleMessages';
import { findPasswordHash, MIN_PASSWORD_LENGTH, setUserPasswordHash } from '../accounts/userStore';
import type { Authenticate } from '../auth/authenticate';
import { hashPassword, verifyPassword, type ScryptParams } from '../auth/passwordHash';
import { DatabaseRateCounter, type RateLimit } from '../auth/DatabaseRateCounter';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';
import type { Database } from '../storage/database';
import { describeIssues } from '../errors/describeIssues';
import { writeAudit } from './peopleAudit';

export interface PasswordRoutesOptions {
  db: Database;
  now: () => number;
  authenticate: Authenticate;
  /** Wrong current passwords allowed per account. Default DEFAULT_PASSWORD_CHANGE_LIMIT. */
  rateLimit?: RateLimit;
  passwordParams?: ScryptParams;
}

/** As many wrong tries as sign-in allows: a stolen session must not become a password oracle. */
export const DEFAULT_PASSWORD_CHANGE_LIMIT: RateLimit = { max: 10, windowMs: 15 * 60 * 1000 };

export async function passwordRoutes(app: FastifyInstance, options: PasswordRoutesOptions): Promise<void> {
  const { db, now, authenticate } = options;
  const failures = new DatabaseRateCounter(db, 'password-change', options.rateLimit ?? DEFAULT_PASSWORD_CHANGE_LIMIT);

  app.post('/account/password', { bodyLimit: 4 * 1024 }, async (request, reply) => {
    const auth = await authenticate(request, { allowPendingPasswordChange: true });
    const parsed = changePasswordRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, ErrorCode.badRequest, describeIssues(parsed.error.issues));
    const { currentPassword, newPassword } = parsed.data;
    const key = `${auth.schoolId}/${auth.userId}`;
    const wait = await failures.retryAfterMs(key, now());
    if (wait > 0) {
      const seconds = Math.max(1, Math.ceil(wait / 1000));
      reply.header('retry-after', String(seconds));
      throw new ApiError(429, ErrorCode.tooManyRequests, `Too many wrong passwords: try again in ${seconds} s`);
    }
    const hash = await findPasswordHash(db, auth.schoolId, auth.userId);
    if (!hash || !(await verifyPassword(currentPassword, hash))) {
      await failures.record(key, now());
      throw new ApiError(401, ErrorCode.invalidCredentials, 'The current password is wrong');
    }
    if (newPassword.length < MIN_PASSWORD_LENGTH)
      throw new ApiError(400, ErrorCode.badRequest, `newPassword: at least ${MIN_PASSWORD_LENGTH} characters`);
    if (newPassword === currentPassword) throw new ApiError(400, ErrorCode.badRequest, 'newPassword: must differ from the current one');
    const newHash = await hashPassword(newPassword, options.passwordParams);
    await db.transaction(async (tx) => {
      await setUserPasswordHash(tx, auth.schoolId, auth.userId, newHash, false);
      await writeAudit(tx, {
        schoolId: auth.schoolId,
        at: now(),
        actorUserId: auth.userId,
        action: PeopleAction.changeOwnPassword,
        targetUserId: auth.userId,
      });
    });
    return reply.code(204).send();
  });
}
