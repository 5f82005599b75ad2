/**
 * `/api/v1/auth`: sign in, sign out, and "who am I". Bodies are validated with the shared
 * schemas of `src/sync/authMessages.ts`; nothing here logs a body, a password or a token.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loginRequestSchema, type MeResponse } from '@/sync/authMessages';
import type { Database } from '../storage/database';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';
import { describeIssues } from '../errors/describeIssues';
import { findSchool } from '../accounts/schoolStore';
import { findUser } from '../accounts/userStore';
import { readableSchools } from '../accounts/readableSchools';
import { presentedToken, type Authenticate } from './authenticate';
import { logIn } from './logIn';
import type { LoginRateLimiter } from './LoginRateLimiter';
import { findSession, revokeSession } from './sessionStore';
import { sessionUser } from './sessionUser';

export interface AuthRoutesOptions {
  db: Database;
  now: () => number;
  limiter: LoginRateLimiter;
  authenticate: Authenticate;
}

/** Sign-in bodies are small; a bigger one is not a sign-in. */
const LOGIN_BODY_LIMIT = 4 * 1024;

export async function authRoutes(app: FastifyInstance, options: AuthRoutesOptions): Promise<void> {
  const { db, now, limiter, authenticate } = options;

  app.post('/auth/login', { bodyLimit: LOGIN_BODY_LIMIT }, async (request, reply) => {
    const parsed = loginRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, ErrorCode.badRequest, describeIssues(parsed.error.issues));
    const result = await logIn({ db, limiter, now }, parsed.data, request.ip);
    switch (result.outcome) {
      case 'signedIn':
        return reply.send(result.response);
      case 'invalidCredentials':
        throw new ApiError(401, ErrorCode.invalidCredentials, 'Wrong login or password');
      case 'disabled':
        throw new ApiError(403, ErrorCode.accountDisabled, 'This account is disabled: ask the school administrator');
      case 'rateLimited': {
        const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
        reply.header('retry-after', String(seconds));
        throw new ApiError(429, ErrorCode.tooManyRequests, `Too many failed sign-ins: try again in ${seconds} s`);
      }
    }
  });

  app.post('/auth/logout', async (request, reply) => {
    const presented = presentedToken(request);
    const session = presented && (await findSession(db, presented.schoolId, presented.tokenHash));
    if (!presented || !session) throw new ApiError(401, ErrorCode.unauthorized, 'No session to sign out of');
    await revokeSession(db, presented.schoolId, presented.tokenHash, now());
    return reply.code(204).send();
  });

  app.get('/auth/me', async (request: FastifyRequest): Promise<MeResponse> => {
    const auth = await authenticate(request);
    const [user, school, schools] = await Promise.all([
      findUser(db, auth.schoolId, auth.userId),
      findSchool(db, auth.schoolId),
      readableSchools(db, auth),
    ]);
    if (!user || !school) throw new ApiError(401, ErrorCode.unauthorized, 'Unknown account: sign in again');
    return {
      user: sessionUser(user),
      school: { id: school.id, name: school.name },
      readableSchools: schools.map((s) => ({ id: s.id, name: s.name })),
    };
  });
}
