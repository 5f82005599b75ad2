/**
 * Sign-in: checks the password and opens a session on the device, or says why not.
 *
 * - A wrong password and an unknown login give the same answer, after the same work (an
 *   unknown login is checked against a dummy hash), so logins cannot be discovered.
 * - Every attempt counts towards the rate limits before its password is checked, and is
 *   given back when the password was right; a limit reached refuses before any hashing.
 * - A disabled account is told so only after its right password: that reveals nothing.
 * - The device is registered with the school in the same transaction as the session.
 */
import type { Database } from '../storage/database';
import type { LoginRequest, LoginResponse } from '@/sync/authMessages';
import { registerDevice } from '../accounts/deviceStore';
import { findSchool } from '../accounts/schoolStore';
import { findUserByLogin, normalizeLogin, type UserAccount } from '../accounts/userStore';
import type { LoginRateLimiter } from './LoginRateLimiter';
import { dummyPasswordHash, verifyPassword } from './passwordHash';
import { createSession } from './sessionStore';
import { sessionUser } from './sessionUser';

export type LogInResult =
  | { outcome: 'signedIn'; response: LoginResponse }
  | { outcome: 'invalidCredentials' }
  | { outcome: 'disabled' }
  | { outcome: 'rateLimited'; retryAfterMs: number };

export interface LogInDeps {
  db: Database;
  limiter: LoginRateLimiter;
  now: () => number;
}

export async function logIn(deps: LogInDeps, request: LoginRequest, address: string): Promise<LogInResult> {
  const login = normalizeLogin(request.login);
  const attemptAt = deps.now();
  const retryAfterMs = await deps.limiter.begin(login, address, attemptAt);
  if (retryAfterMs > 0) return { outcome: 'rateLimited', retryAfterMs };

  const user = await findUserByLogin(deps.db, login);
  const matches = await verifyPassword(request.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !matches) return { outcome: 'invalidCredentials' };
  await deps.limiter.succeeded(login, address, attemptAt);
  if (user.disabled) return { outcome: 'disabled' };

  const now = deps.now();
  const session = await deps.db.transaction(async (tx) => {
    await registerDevice(tx, user.schoolId, request.deviceId, now);
    return createSession(tx, { schoolId: user.schoolId, userId: user.id, deviceId: request.deviceId, now });
  });
  const school = await findSchool(deps.db, user.schoolId);
  return {
    outcome: 'signedIn',
    response: {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      user: sessionUser(user satisfies UserAccount),
      school: { id: user.schoolId, name: school?.name ?? '' },
      ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
    },
  };
}
