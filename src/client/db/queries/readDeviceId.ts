/**
 * This device's id, read without writing: the register tells a value lost on this laptop
 * from one lost on another by comparing it with a conflict's `losingDeviceId`. Undefined
 * only before the database has made its identity (it does so when first opened).
 */
import type { SandyqDb } from '../db';
import { readSyncState } from '../syncState';

export async function readDeviceId(db: SandyqDb): Promise<string | undefined> {
  return (await readSyncState(db.$syncState, 'device'))?.deviceId;
}
