/**
 * Sessions: one row per sign-in of a user on a device, found by (school, token hash).
 *
 * Expiry slides: every use pushes it to SESSION_TTL_MS from now, so a laptop that syncs
 * once a fortnight never signs its users out, while a token that lies unused for the whole
 * TTL dies. The push is written at most once per SLIDE_STEP_MS, not on every request.
 * Revocation (sign-out, a disabled account, the admin's revoke-sessions) stamps
 * `revoked_at`; the row stays so the answer can say "revoked" rather than "unknown".
 */
import type { SqlExecutor } from '../storage/database';
import { newSessionToken } from './sessionToken';

/** 60 days: longer than the longest stretch a school is cut off (floods last weeks). */
export const SESSION_TTL_MS = 60 * 24 * 60 * 60 * 1000;
/** Sliding writes at most once a day per session. */
export const SLIDE_STEP_MS = 24 * 60 * 60 * 1000;

export interface SessionRow {
  school_id: string;
  token_hash: string;
  user_id: string;
  device_id: string | null;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface NewSession {
  token: string;
  expiresAt: Date;
}

export async function createSession(
  db: SqlExecutor,
  input: { schoolId: string; userId: string; deviceId: string; now: number },
): Promise<NewSession> {
  const { token, tokenHash } = newSessionToken(input.schoolId);
  const expiresAt = new Date(input.now + SESSION_TTL_MS);
  await db.query(
    `INSERT INTO sessions (school_id, token_hash, user_id, device_id, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [input.schoolId, tokenHash, input.userId, input.deviceId, new Date(input.now), expiresAt],
  );
  return { token, expiresAt };
}

export async function findSession(db: SqlExecutor, schoolId: string, tokenHash: string): Promise<SessionRow | undefined> {
  const [row] = await db.query<SessionRow>(
    `SELECT school_id, token_hash, user_id, device_id, expires_at, revoked_at
       FROM sessions WHERE school_id = $1 AND token_hash = $2`,
    [schoolId, tokenHash],
  );
  return row;
}

/** Extends a live session's expiry when it is more than a step behind; returns the expiry. */
export async function slideSession(db: SqlExecutor, session: SessionRow, now: number): Promise<Date> {
  const current = new Date(session.expires_at).getTime();
  if (now + SESSION_TTL_MS - current < SLIDE_STEP_MS) return new Date(current);
  const next = new Date(now + SESSION_TTL_MS);
  await db.query('UPDATE sessions SET expires_at = $3 WHERE school_id = $1 AND token_hash = $2 AND revoked_at IS NULL', [
    session.school_id,
    session.token_hash,
    next,
  ]);
  return next;
}

export async function revokeSession(db: SqlExecutor, schoolId: string, tokenHash: string, now: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE sessions SET revoked_at = $3
      WHERE school_id = $1 AND token_hash = $2 AND revoked_at IS NULL RETURNING token_hash`,
    [schoolId, tokenHash, new Date(now)],
  );
  return rows.length > 0;
}

/** Revokes every live session of a user, on every device; returns how many. */
export async function revokeUserSessions(db: SqlExecutor, schoolId: string, userId: string, now: number): Promise<number> {
  const rows = await db.query(
    `UPDATE sessions SET revoked_at = $3
      WHERE school_id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING token_hash`,
    [schoolId, userId, new Date(now)],
  );
  return rows.length;
}
