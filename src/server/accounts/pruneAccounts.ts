/**
 * Forgets what sign-in no longer needs, so the tables do not grow for ever:
 * - sessions expired or revoked more than SESSION_KEEP_MS ago. They are kept that long
 *   only so a laptop coming back is told "expired" or "signed out" rather than "unknown"
 *   (both mean: sign in again);
 * - devices not seen for DEVICE_KEEP_MS with no session still alive. Their sync streams
 *   (`device_streams`, the idempotency record) stay: a laptop back after years must not
 *   have a replayed change applied twice. Its device id is bound again on its next sync.
 */
import type { SqlExecutor } from '../storage/database';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_KEEP_MS = 30 * DAY_MS;
export const DEVICE_KEEP_MS = 400 * DAY_MS;

export interface PrunedAccounts {
  sessions: number;
  devices: number;
}

export async function pruneAccounts(db: SqlExecutor, now: number): Promise<PrunedAccounts> {
  const sessionCutoff = new Date(now - SESSION_KEEP_MS);
  const sessions = await db.query(`DELETE FROM sessions WHERE expires_at < $1 OR revoked_at < $1 RETURNING token_hash`, [sessionCutoff]);
  const devices = await db.query(
    `DELETE FROM devices d
      WHERE d.last_seen_at < $1
        AND NOT EXISTS (SELECT 1 FROM sessions s
                         WHERE s.school_id = d.school_id AND s.device_id = d.id
                           AND s.revoked_at IS NULL AND s.expires_at > $2)
      RETURNING d.id`,
    [new Date(now - DEVICE_KEEP_MS), new Date(now)],
  );
  return { sessions: sessions.length, devices: devices.length };
}
