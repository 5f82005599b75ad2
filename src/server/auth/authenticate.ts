/**
 * Establishes who sent a request, from the `Authorization: Bearer <token>` header only: a
 * token in a URL would end up in logs, proxies and browser history.
 *
 * Answers by throwing an ApiError 401 that the error handler turns into JSON, with a code
 * the client acts on: `token_expired` and `token_revoked` mean "sign in again" (the device
 * keeps its outbox), `unauthorized` means no usable token was sent. A valid session slides
 * its expiry (see sessionStore). The token itself is never logged nor echoed.
 */
import type { FastifyRequest } from 'fastify';
import type { Database } from '../storage/database';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';
import type { AuthContext } from './authContext';
import { authContextOfRow } from './authContextOfRow';
import { parseSessionToken, type SessionTokenParts } from './sessionToken';
import { slideSession, type SessionRow } from './sessionStore';

/** `pendingPasswordChange`: the one route that lets a one-time password through (changing it). */
export type Authenticate = (request: FastifyRequest, options?: { allowPendingPasswordChange?: boolean }) => Promise<AuthContext>;

export interface AuthenticateDeps {
  db: Database;
  now: () => number;
}

export interface SessionUserRow extends SessionRow {
  roles: string[];
  pupil_id: string | null;
  staff_id: string | null;
  district: string | null;
  disabled: boolean;
  must_change_password: boolean;
}

/** The token of a request's Authorization header, if it has a well-formed one. */
export function presentedToken(request: FastifyRequest): (SessionTokenParts & { token: string }) | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (!match) return undefined;
  const parts = parseSessionToken(match[1]!);
  return parts && { ...parts, token: match[1]! };
}

export function createAuthenticate(deps: AuthenticateDeps): Authenticate {
  return async (request, options = {}) => {
    const presented = presentedToken(request);
    if (!presented) throw new ApiError(401, ErrorCode.unauthorized, 'Sign in: send the session token as "Authorization: Bearer <token>"');
    const [row] = await deps.db.query<SessionUserRow>(
      `SELECT s.school_id, s.token_hash, s.user_id, s.device_id, s.expires_at, s.revoked_at,
              u.roles, u.pupil_id, u.staff_id, u.district, u.disabled, u.must_change_password
         FROM sessions s JOIN users u ON u.school_id = s.school_id AND u.id = s.user_id
        WHERE s.school_id = $1 AND s.token_hash = $2`,
      [presented.schoolId, presented.tokenHash],
    );
    const now = deps.now();
    const refusal = sessionRefusal(row, now, options);
    if (refusal) throw refusal;
    await slideSession(deps.db, row!, now);
    return authContextOfRow(row!.school_id, row!);
  };
}

/**
 * Why a session row (or its absence) does not let its token in, or undefined when it does:
 * the one list of checks, shared by `authenticate` and a sync request's batch tokens
 * (authenticateTokens.ts), so the two can never let in different tokens.
 */
export function sessionRefusal(
  row: SessionUserRow | undefined,
  now: number,
  options: { allowPendingPasswordChange?: boolean } = {},
): ApiError | undefined {
  if (!row) return new ApiError(401, ErrorCode.unauthorized, 'Unknown session token: sign in again');
  if (row.revoked_at !== null) return new ApiError(401, ErrorCode.tokenRevoked, 'This session was signed out: sign in again');
  if (new Date(row.expires_at).getTime() <= now) return new ApiError(401, ErrorCode.tokenExpired, 'This session has expired: sign in again');
  if (row.disabled) return new ApiError(401, ErrorCode.tokenRevoked, 'This account is disabled');
  if (row.must_change_password && !options.allowPendingPasswordChange) {
    return new ApiError(403, ErrorCode.passwordChangeRequired, 'Choose your own password first: the one-time password only allows that');
  }
  return undefined;
}
