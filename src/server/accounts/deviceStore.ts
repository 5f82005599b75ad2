/**
 * Devices of a school: every laptop that signed in, keyed by the id the device made for
 * itself (a UUID kept in its IndexedDB). Sign-in registers the device, so sessions and
 * sync streams can be told apart per laptop, and an admin can see which laptops are in use.
 */
import type { SqlExecutor } from '../storage/database';

export async function registerDevice(db: SqlExecutor, schoolId: string, deviceId: string, now: number): Promise<void> {
  // A laptop is bound to itself: only sessions signed in on it may sync under its id.
  await db.query(
    `INSERT INTO devices (school_id, id, created_at, last_seen_at, laptop_id) VALUES ($1, $2, $3, $3, $2)
     ON CONFLICT (school_id, id) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at`,
    [schoolId, deviceId, new Date(now)],
  );
}
