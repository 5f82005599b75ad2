/**
 * `npm run admin -- import-bundle --file <path>`: the server's operator applies an outbox
 * bundle from a USB drive on the server itself (no laptop online needed). The same import
 * as the endpoint's: the whole file checked first, each batch under its author's session.
 */
import { readFile } from 'node:fs/promises';
import { BundleError, bytesSource } from '@/sync/bundleFormat';
import type { Database } from '../storage/database';
import type { ServerClock } from '../sync/serverClock';
import { importOutboxBundle } from './importOutboxBundle';

/** The lines to print (one per batch, or why the whole file was refused) and whether it was applied. */
export async function importBundleFileCommand(
  db: Database,
  path: string,
  clock: ServerClock,
  now: () => number,
): Promise<{ ok: boolean; lines: string[] }> {
  const bytes = new Uint8Array(await readFile(path));
  try {
    const report = await importOutboxBundle({ db, clock, now }, bytesSource(bytes), undefined);
    const lines = [
      `Bundle ${report.bundleId}: ${report.batches.length} batches`,
      ...report.batches.map((b) => `  user ${b.userId}: ${b.outcome}, ${b.changes} changes, ${b.stored} rows stored, ${b.rejected} rejected`),
    ];
    return { ok: true, lines };
  } catch (error) {
    if (error instanceof BundleError) return { ok: false, lines: [`Refused, nothing applied (${error.problem}): ${error.message}`] };
    throw error;
  }
}
