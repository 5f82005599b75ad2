/**
 * The server's periodic clean-up: old sessions and devices (accounts/pruneAccounts.ts),
 * the content of rows deleted longer ago than their school keeps it
 * (storage/pruneTombstones.ts), and abandoned unfinished uploads (files/FileSystemBlobStore.ts `expirePartials`). Run
 * once at start and then every HOUSEKEEPING_INTERVAL_MS while the server runs; a failed
 * round is logged and tried again next time, never stopping the server.
 */
import { pruneAccounts } from '../accounts/pruneAccounts';
import type { Database } from '../storage/database';
import { pruneTombstones } from '../storage/pruneTombstones';

export const HOUSEKEEPING_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface HousekeepingDeps {
  db: Database;
  now: () => number;
  /** Unfinished uploads idle past their expiry are removed. */
  files?: { expirePartials(now: number): Promise<number> };
  log: (line: string) => void;
}

export async function runHousekeeping(deps: HousekeepingDeps): Promise<void> {
  const now = deps.now();
  const accounts = await pruneAccounts(deps.db, now);
  const tombstones = await pruneTombstones(deps.db, now);
  const uploads = deps.files ? await deps.files.expirePartials(now) : 0;
  if (accounts.sessions + accounts.devices + tombstones + uploads > 0) {
    deps.log(
      `Housekeeping: forgot ${accounts.sessions} old sessions and ${accounts.devices} old devices, the content of ${tombstones} rows deleted long ago, and removed ${uploads} abandoned uploads`,
    );
  }
}

/** Runs housekeeping now and on an interval; returns the function that stops it. */
export function scheduleHousekeeping(deps: HousekeepingDeps, intervalMs = HOUSEKEEPING_INTERVAL_MS): () => void {
  const round = () => runHousekeeping(deps).catch((error: unknown) => deps.log(`Housekeeping failed, trying again later: ${String(error)}`));
  void round();
  const timer = setInterval(round, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
