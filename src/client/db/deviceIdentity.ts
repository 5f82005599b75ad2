/**
 * Who this device is to the sync server: a `deviceId` (UUIDv7) that, with the outbox `seq`,
 * names every mutation it sends, and the 16-hex `hlcNode` that ends every HLC stamp it makes.
 *
 * Created once, when the database is created (populate) or upgraded from v1, and kept in
 * `$syncState` beside the outbox. Invariant the server's idempotency rests on: a deviceId is
 * never paired with a restarted outbox sequence. Both live in one database, so deleting the
 * database (cleared site data) forgets both, and the next open makes a new device.
 */
import type { DeviceId } from '@/domain/ids';
import { uuidv7 } from '@/domain/ids';
import type { DbEnv } from './dbEnv';
import type { SandyqDb } from './db';
import { readSyncState, writeSyncState, type SyncStateTable } from './syncState';

export interface DeviceIdentity {
  deviceId: DeviceId;
  /** 16 lowercase hex digits; the node part of this device's HLC stamps. */
  hlcNode: string;
  /** Device wall time at creation (ms), for display only. */
  createdAt: number;
}

export function newDeviceIdentity(env: DbEnv): DeviceIdentity {
  const now = env.now();
  const node = Array.from(env.randomBytes(8), (b) => b.toString(16).padStart(2, '0')).join('');
  return { deviceId: uuidv7(now, env.randomBytes(10)) as DeviceId, hlcNode: node, createdAt: now };
}

/** Reads the identity, creating it if absent. Call inside a 'rw' transaction over `$syncState`. */
export async function ensureDeviceIdentity(table: SyncStateTable, env: DbEnv): Promise<DeviceIdentity> {
  const found = await readSyncState(table, 'device');
  if (found) return found;
  const made = newDeviceIdentity(env);
  await writeSyncState(table, 'device', made);
  return made;
}

/** This device's identity; the same value for every tab and every call. */
export async function getDeviceIdentity(db: SandyqDb): Promise<DeviceIdentity> {
  const found = await readSyncState(db.$syncState, 'device');
  if (found) return found;
  return db.transaction('rw', db.$syncState, async () => ensureDeviceIdentity(db.$syncState, db.env));
}
