/**
 * Binds a sync device id to the laptop whose session used it first. Pulls leave out a
 * device's own changes, so whoever pushes under another laptop's device id hides the
 * change from that laptop; a device id is not secret (conflict rows name the losing
 * device). The laptop id a session signed in with is known only to that laptop's sessions,
 * so several users of one shared laptop (one staff database, one device id) all sync under
 * it, and nobody else can.
 */
import type { SqlExecutor } from '../storage/database';
import type { AuthContext } from '../auth/authContext';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';

/** Registers the device on first use, bound to this session's laptop; refuses (403) a device bound to another. */
export async function bindSyncDevice(tx: SqlExecutor, ctx: AuthContext, deviceId: string): Promise<void> {
  // Sessions from before device binding (or system writers) have no laptop: the user stands in.
  const laptop = ctx.sessionDeviceId ?? `user:${ctx.userId}`;
  const [device] = await tx.query<{ laptop_id: string }>(
    `INSERT INTO devices (school_id, id, laptop_id) VALUES ($1, $2, $3)
     ON CONFLICT (school_id, id) DO UPDATE SET last_seen_at = now(), laptop_id = COALESCE(devices.laptop_id, EXCLUDED.laptop_id)
     RETURNING laptop_id`,
    [ctx.schoolId, deviceId, laptop],
  );
  if (device?.laptop_id !== laptop) {
    throw new ApiError(
      403,
      ErrorCode.forbidden,
      'This device id belongs to another laptop: a device syncs only with sessions signed in on its own laptop',
    );
  }
}
