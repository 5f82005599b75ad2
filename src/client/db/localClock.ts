/**
 * The device's hybrid logical clock, kept in `$syncState` and read and written inside the
 * transaction of the write it stamps. IndexedDB runs overlapping 'rw' transactions one at a
 * time, so two tabs (two connections to one database) never read the same clock state:
 * stamps strictly increase across every write of the device, whichever tab made it.
 *
 * Both functions must run inside a 'rw' Dexie transaction that includes `$syncState`, whose
 * scope function is `async` (Dexie follows native awaits only inside an async scope; from a
 * plain arrow the second await lands outside and Dexie raises PrematureCommitError).
 * `receiveServerTime` opens one for the answer's header.
 */
import { createHlc, readStamp, receive, tick, type HlcState, type HlcStamp } from '@/domain/hlc';
import { STAMP_MAX_AHEAD_MS } from '@/sync/stampRules';
import type { SandyqDb } from './db';
import { getDeviceIdentity } from './deviceIdentity';
import { readSyncState, writeSyncState } from './syncState';

async function loadClock(db: SandyqDb): Promise<HlcState> {
  const stored = await readSyncState(db.$syncState, 'hlc');
  if (stored) return stored;
  const { hlcNode } = await getDeviceIdentity(db);
  return createHlc(hlcNode, 0);
}

/**
 * The wall time local stamps follow: the device's own, less the correction a sync found
 * when the device ran far ahead of the server (C4). Stamps too far ahead are refused by the
 * server, so a laptop whose date is wrong by days would otherwise never sync again.
 */
async function stampWallTime(db: SandyqDb): Promise<number> {
  return db.env.now() - ((await readSyncState(db.$syncState, 'clockCorrection')) ?? 0);
}

/** One tick for one local write: the stamp every field of that write carries. */
export async function tickLocalClock(db: SandyqDb): Promise<HlcStamp> {
  const { state, stamp } = tick(await loadClock(db), await stampWallTime(db));
  await writeSyncState(db.$syncState, 'hlc', state);
  return stamp;
}

/**
 * Folds stamps made elsewhere into the clock, so later local stamps sort after all of them.
 * Callers pass only stamps they checked (C3); one that is still no real stamp is not folded.
 */
export async function receiveStamps(db: SandyqDb, stamps: Iterable<HlcStamp>): Promise<void> {
  let greatest: HlcStamp | undefined;
  for (const s of stamps) if ((greatest === undefined || s > greatest) && readStamp(s)) greatest = s;
  if (greatest === undefined) return;
  await writeSyncState(db.$syncState, 'hlc', receive(await loadClock(db), greatest, await stampWallTime(db)));
}

/**
 * The answer's header (C1, C3, C4): folds the server's stamp when it is real and within the
 * bound of the server's own time, and records how far ahead this device's wall clock runs
 * when that is more than half the bound, so local stamps follow the server's time instead.
 */
export function receiveServerTime(db: SandyqDb, header: { serverStamp: string; serverTime: number }): Promise<void> {
  return db.transaction('rw', db.$syncState, async () => {
    const ahead = db.env.now() - header.serverTime;
    await writeSyncState(db.$syncState, 'clockCorrection', ahead > STAMP_MAX_AHEAD_MS / 2 ? ahead : 0);
    const server = readStamp(header.serverStamp);
    if (server && server.millis <= header.serverTime + STAMP_MAX_AHEAD_MS) await receiveStamps(db, [header.serverStamp]);
  });
}

/**
 * C4: after the server refused this device's stamps as too far ahead, the clock restarts
 * from the server's stamp. Safe: the server's clock has folded every stamp it ever stored,
 * so stamps made from here still sort after every accepted write, this device's included.
 * Runs inside the caller's 'rw' transaction over `$syncState`.
 */
export async function restartClockFrom(db: SandyqDb, serverStamp: HlcStamp): Promise<void> {
  const { hlcNode } = await getDeviceIdentity(db);
  const fresh = createHlc(hlcNode, 0);
  await writeSyncState(db.$syncState, 'hlc', readStamp(serverStamp) ? receive(fresh, serverStamp, await stampWallTime(db)) : fresh);
}
