/**
 * `/api/v1/people/*`: the head of a school manages the sign-ins of its staff and pupils
 * (see src/sync/peopleMessages.ts). Every call is authorized here: the head of that school
 * only (anyone else 403), and only accounts and person rows of that school (others 404,
 * the same answer as nobody). Every change is rate-limited per head and written to the
 * audit log in the same transaction. One-time passwords are answered once and only their
 * hash is stored; nothing here logs a body.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '@/domain/roles';
import {
  createLoginRequestSchema,
  HEAD_GRANTABLE_ROLES,
  PeopleAction,
  setRolesRequestSchema,
  type AccountListResponse,
  type AccountResponse,
  type AuditResponse,
  type OneTimePasswordResponse,
  type PersonAccount,
} from '@/sync/peopleMessages';
import { AccountError, AccountErrorReason } from '../accounts/AccountError';
import {
  countEnabledHeads,
  findUser,
  findUserByPerson,
  insertUser,
  listUsers,
  prepareUser,
  setUserDisabled,
  setUserPasswordHash,
  setUserRoles,
  type UserAccount,
} from '../accounts/userStore';
import type { AuthContext } from '../auth/authContext';
import type { Authenticate } from '../auth/authenticate';
import { hashPassword, type ScryptParams } from '../auth/passwordHash';
import { revokeUserSessions } from '../auth/sessionStore';
import { DatabaseRateCounter, type RateLimit } from '../auth/DatabaseRateCounter';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';
import type { Database } from '../storage/database';
import { describeIssues } from '../errors/describeIssues';
import { findPersonRecord } from './findPersonRecord';
import { generateOneTimePassword } from './oneTimePassword';
import { readAudit, writeAudit } from './peopleAudit';

export interface PeopleRoutesOptions {
  db: Database;
  now: () => number;
  authenticate: Authenticate;
  /** Changes one head may make per window. Default DEFAULT_PEOPLE_RATE_LIMIT. */
  rateLimit?: RateLimit;
  /** Hashing cost of one-time and changed passwords. Default: passwordHash's own. */
  passwordParams?: ScryptParams;
}

/** A head setting up a school creates some 70 logins in a morning; a stolen session cannot create thousands. */
export const DEFAULT_PEOPLE_RATE_LIMIT: RateLimit = { max: 120, windowMs: 60 * 60 * 1000 };

const BODY_LIMIT = 4 * 1024;

export function toPersonAccount(user: UserAccount): PersonAccount {
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    roles: [...user.roles],
    ...(user.staffId ? { staffId: user.staffId } : {}),
    ...(user.pupilId ? { pupilId: user.pupilId } : {}),
    disabled: user.disabled,
    mustChangePassword: user.mustChangePassword,
  };
}

export async function peopleRoutes(app: FastifyInstance, options: PeopleRoutesOptions): Promise<void> {
  const { db, now, authenticate } = options;
  const changes = new DatabaseRateCounter(db, 'people-change', options.rateLimit ?? DEFAULT_PEOPLE_RATE_LIMIT);

  async function asHead(request: FastifyRequest): Promise<AuthContext> {
    const auth = await authenticate(request);
    if (!auth.roles.includes(Role.head)) throw new ApiError(403, ErrorCode.forbidden, 'Only the head of the school manages sign-ins');
    return auth;
  }

  /** The head, counted against the change limit before anything is done. */
  async function asChangingHead(request: FastifyRequest, reply: FastifyReply): Promise<AuthContext> {
    const auth = await asHead(request);
    const key = `${auth.schoolId}/${auth.userId}`;
    const wait = await changes.take(key, now());
    if (wait > 0) {
      const seconds = Math.max(1, Math.ceil(wait / 1000));
      reply.header('retry-after', String(seconds));
      throw new ApiError(429, ErrorCode.tooManyRequests, `Too many changes to sign-ins: try again in ${seconds} s`);
    }
    return auth;
  }

  /** An account of the head's school that the head may manage; a district methodologist's is not theirs. */
  async function managedAccount(auth: AuthContext, userId: string): Promise<UserAccount> {
    const user = await findUser(db, auth.schoolId, userId);
    if (!user) throw new ApiError(404, ErrorCode.notFound, 'No such account in this school');
    if (user.roles.includes(Role.methodologist))
      throw new ApiError(403, ErrorCode.forbidden, "A methodologist's account belongs to the district, not the school");
    return user;
  }

  async function oneTimePasswordHash(): Promise<{ password: string; hash: string }> {
    const password = generateOneTimePassword();
    return { password, hash: await hashPassword(password, options.passwordParams) };
  }

  app.get('/people/accounts', async (request): Promise<AccountListResponse> => {
    const auth = await asHead(request);
    const users = await listUsers(db, auth.schoolId);
    return { accounts: users.filter((u) => !u.roles.includes(Role.methodologist)).map(toPersonAccount) };
  });

  app.get('/people/audit', async (request): Promise<AuditResponse> => {
    const auth = await asHead(request);
    return { entries: await readAudit(db, auth.schoolId) };
  });

  app.post('/people/accounts', { bodyLimit: BODY_LIMIT }, async (request, reply): Promise<OneTimePasswordResponse> => {
    const auth = await asChangingHead(request, reply);
    const parsed = createLoginRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, ErrorCode.badRequest, describeIssues(parsed.error.issues));
    const { person, login } = parsed.data;
    const record = await findPersonRecord(db, auth.schoolId, person);
    if (!record) throw new ApiError(404, ErrorCode.notFound, 'No such person in this school');
    if (record.status !== 'active') throw new ApiError(409, ErrorCode.conflict, 'This person has left the school: readmit them first');
    const isPupil = person.table === 'pupils';
    const roles = isPupil ? [Role.pupil] : parsed.data.roles;
    if (isPupil && parsed.data.roles.some((r) => r !== Role.pupil))
      throw new ApiError(400, ErrorCode.badRequest, "roles: a pupil's login has the pupil role alone");
    if (!isPupil) checkGrantable(roles);
    const link = isPupil ? { pupilId: person.id } : { staffId: person.id };
    if (await findUserByPerson(db, auth.schoolId, link)) throw new ApiError(409, ErrorCode.conflict, 'This person already has a login');
    const password = generateOneTimePassword();
    const prepared = await guarded(() =>
      prepareUser(
        { schoolId: auth.schoolId, login, displayName: record.displayName, roles, password, mustChangePassword: true, ...link },
        options.passwordParams,
      ),
    );
    const created = await guarded(() =>
      db.transaction(async (tx) => {
        const user = await insertUser(tx, prepared);
        await writeAudit(tx, {
          schoolId: auth.schoolId,
          at: now(),
          actorUserId: auth.userId,
          action: PeopleAction.createLogin,
          targetUserId: user.id,
          detail: { login: user.login, roles: user.roles },
        });
        return user;
      }),
    );
    return { account: toPersonAccount(created), oneTimePassword: password };
  });

  app.post<{ Params: { userId: string } }>('/people/accounts/:userId/password', async (request, reply): Promise<OneTimePasswordResponse> => {
    const auth = await asChangingHead(request, reply);
    const user = await managedAccount(auth, request.params.userId);
    const { password, hash } = await oneTimePasswordHash();
    await db.transaction(async (tx) => {
      await setUserPasswordHash(tx, auth.schoolId, user.id, hash, true);
      await revokeUserSessions(tx, auth.schoolId, user.id, now());
      await writeAudit(tx, {
        schoolId: auth.schoolId,
        at: now(),
        actorUserId: auth.userId,
        action: PeopleAction.resetPassword,
        targetUserId: user.id,
      });
    });
    return { account: toPersonAccount({ ...user, mustChangePassword: true }), oneTimePassword: password };
  });

  app.put<{ Params: { userId: string } }>(
    '/people/accounts/:userId/roles',
    { bodyLimit: BODY_LIMIT },
    async (request, reply): Promise<AccountResponse> => {
      const auth = await asChangingHead(request, reply);
      const parsed = setRolesRequestSchema.safeParse(request.body);
      if (!parsed.success) throw new ApiError(400, ErrorCode.badRequest, describeIssues(parsed.error.issues));
      const user = await managedAccount(auth, request.params.userId);
      if (user.roles.includes(Role.pupil)) throw new ApiError(400, ErrorCode.badRequest, "A pupil's login has the pupil role alone");
      const roles = parsed.data.roles;
      checkGrantable(roles);
      const losesHead = user.roles.includes(Role.head) && !roles.includes(Role.head);
      if (losesHead && user.id === auth.userId)
        throw new ApiError(409, ErrorCode.conflict, 'You cannot take away your own head role: another head must do it');
      await db.transaction(async (tx) => {
        if (losesHead && !user.disabled && (await countEnabledHeads(tx, auth.schoolId)) <= 1)
          throw new ApiError(409, ErrorCode.conflict, 'The school would have no head');
        await setUserRoles(tx, auth.schoolId, user.id, roles);
        await writeAudit(tx, {
          schoolId: auth.schoolId,
          at: now(),
          actorUserId: auth.userId,
          action: PeopleAction.setRoles,
          targetUserId: user.id,
          detail: { before: user.roles, after: roles },
        });
      });
      return { account: toPersonAccount({ ...user, roles: [...roles] }) };
    },
  );

  app.post<{ Params: { userId: string } }>('/people/accounts/:userId/disable', async (request, reply): Promise<AccountResponse> => {
    const auth = await asChangingHead(request, reply);
    const user = await managedAccount(auth, request.params.userId);
    if (user.id === auth.userId) throw new ApiError(409, ErrorCode.conflict, 'You cannot disable your own login');
    await db.transaction(async (tx) => {
      await setUserDisabled(tx, auth.schoolId, user.id, true);
      await revokeUserSessions(tx, auth.schoolId, user.id, now());
      await writeAudit(tx, { schoolId: auth.schoolId, at: now(), actorUserId: auth.userId, action: PeopleAction.disable, targetUserId: user.id });
    });
    return { account: toPersonAccount({ ...user, disabled: true }) };
  });

  app.post<{ Params: { userId: string } }>('/people/accounts/:userId/enable', async (request, reply): Promise<AccountResponse> => {
    const auth = await asChangingHead(request, reply);
    const user = await managedAccount(auth, request.params.userId);
    await db.transaction(async (tx) => {
      await setUserDisabled(tx, auth.schoolId, user.id, false);
      await writeAudit(tx, { schoolId: auth.schoolId, at: now(), actorUserId: auth.userId, action: PeopleAction.enable, targetUserId: user.id });
    });
    return { account: toPersonAccount({ ...user, disabled: false }) };
  });
}

/** A head gives the school's own staff roles only: never methodologist (the district's) nor pupil. */
function checkGrantable(roles: readonly Role[]): void {
  if (roles.length === 0 || new Set(roles).size !== roles.length) throw new ApiError(400, ErrorCode.badRequest, 'roles: one or more distinct roles');
  const refused = roles.filter((r) => !(HEAD_GRANTABLE_ROLES as readonly Role[]).includes(r));
  if (refused.length > 0) throw new ApiError(403, ErrorCode.forbidden, `A head cannot give the role(s): ${refused.join(', ')}`);
}

/** Account checks answer as HTTP errors: bad input 400, a taken login 409. */
async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    if (error.reason === AccountErrorReason.loginTaken) throw new ApiError(409, ErrorCode.conflict, error.message);
    if (error.reason === AccountErrorReason.schoolNotFound || error.reason === AccountErrorReason.userNotFound)
      throw new ApiError(404, ErrorCode.notFound, error.message);
    throw new ApiError(400, ErrorCode.badRequest, error.message);
  }
}
