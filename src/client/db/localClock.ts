/**
 * The device's hybrid logical clock, kept in `$syncState` and read and written inside the
 * transaction of the write it stamps. IndexedDB runs overlapping 'rw' transactions one at a
 * time, so two tabs (two connections to one database) never read the same clock state:
 * stamps strictly increase across every write of the device, whichever tab made it.
 *
 * Both functions must run inside a 'rw' Dexie transaction that includes `$syncState`, whose
 * scope function is `async` (Dexie follows native awaits only inside an async scope; from a
 * plain arrow the second await lands outside and Dexie raises PrematureCommitError).
 * `receiveRemoteStamp` opens one for callers outside a transaction (the sync header).
 */
import { createHlc, receive, tick, type HlcState, type HlcStamp } from '../../domain/hlc';
import type { SandyqDb } from './db';
import { getDeviceIdentity } from './deviceIdentity';
import { readSyncState, writeSyncState } from './syncState';

async function loadClock(db: SandyqDb): Promise<HlcState> {
  const stored = await readSyncState(db.$syncState, 'hlc');
  if (stored) return stored;
  const { hlcNode } = await getDeviceIdentity(db);
  return createHlc(hlcNode, 0);
}

/** One tick for one local write: the stamp every field of that write carries. */
export async function tickLocalClock(db: SandyqDb): Promise<HlcStamp> {
  const { state, stamp } = tick(await loadClock(db), db.env.now());
  await writeSyncState(db.$syncState, 'hlc', state);
  return stamp;
}

/** Folds stamps made elsewhere into the clock, so later local stamps sort after all of them. */
export async function receiveStamps(db: SandyqDb, stamps: Iterable<HlcStamp>): Promise<void> {
  let greatest: HlcStamp | undefined;
  for (const s of stamps) if (greatest === undefined || s > greatest) greatest = s;
  if (greatest === undefined) return;
  await writeSyncState(db.$syncState, 'hlc', receive(await loadClock(db), greatest, db.env.now()));
}

/** `receiveStamps` in its own transaction, for a stamp that comes with no rows (C1). */
export function receiveRemoteStamp(db: SandyqDb, stamp: HlcStamp): Promise<void> {
  return db.transaction('rw', db.$syncState, async () => receiveStamps(db, [stamp]));
}
