/**
 * The session an outbox batch was signed under, found by the hash of its token (what the
 * sessions table stores), as the user it names: the same checks `authenticate` makes for a
 * request, so a bundle is no way round a sign-out, an expiry or a disabled account.
 */
import type { SqlExecutor } from '../storage/database';
import type { AuthContext } from '../auth/authContext';
import { authContextOfRow } from '../auth/authContextOfRow';

interface BatchSessionRow {
  user_id: string;
  device_id: string | null;
  expires_at: Date;
  revoked_at: Date | null;
  roles: string[];
  pupil_id: string | null;
  staff_id: string | null;
  district: string | null;
  disabled: boolean;
}

export type BatchSession = { ok: true; ctx: AuthContext } | { ok: false; why: 'unknown' | 'revoked' | 'expired' | 'disabled' };

export async function batchSession(db: SqlExecutor, schoolId: string, sessionRef: string, userId: string, now: number): Promise<BatchSession> {
  const [row] = await db.query<BatchSessionRow>(
    `SELECT s.user_id, s.device_id, s.expires_at, s.revoked_at,
            u.roles, u.pupil_id, u.staff_id, u.district, u.disabled
       FROM sessions s JOIN users u ON u.school_id = s.school_id AND u.id = s.user_id
      WHERE s.school_id = $1 AND s.token_hash = $2`,
    [schoolId, sessionRef],
  );
  if (!row || row.user_id !== userId) return { ok: false, why: 'unknown' };
  if (row.revoked_at !== null) return { ok: false, why: 'revoked' };
  if (new Date(row.expires_at).getTime() <= now) return { ok: false, why: 'expired' };
  if (row.disabled) return { ok: false, why: 'disabled' };
  return { ok: true, ctx: authContextOfRow(schoolId, row) };
}
