/**
 * The PGlite a sync benchmark runs on, from BENCH_PGLITE: `memory` (default, the figures
 * as they always were), `disk` (a data folder as `npm start` opens it: every commit
 * fsync'ed) or `disk-nofsync` (a data folder with PGlite's shipped fsync off: what
 * durability costs is `disk` against this).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@/server/storage/openDatabase';
import type { Database } from '@/server/storage/database';

const MODES = ['memory', 'disk', 'disk-nofsync'] as const;
export type BenchPgliteMode = (typeof MODES)[number];

export function benchPgliteMode(env: NodeJS.ProcessEnv = process.env): BenchPgliteMode {
  const mode = env.BENCH_PGLITE?.trim() || 'memory';
  if (!(MODES as readonly string[]).includes(mode)) throw new Error(`BENCH_PGLITE must be one of ${MODES.join(', ')}, not ${mode}`);
  return mode as BenchPgliteMode;
}

/** Opens the PGlite of `mode`; closing it removes its data folder. */
export async function openBenchPglite(mode: BenchPgliteMode = benchPgliteMode()): Promise<Database> {
  if (mode === 'memory') return openDatabase({ dataDir: 'memory' });
  const dir = mkdtempSync(join(tmpdir(), 'sandyq-bench-'));
  const db = await openDatabase({ dataDir: dir, durable: mode === 'disk' });
  return {
    ...db,
    close: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
