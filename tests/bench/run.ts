/**
 * `npm run bench`: builds the app if `dist/` is missing or stale, runs the registered
 * benchmarks (`benchmarks.ts`) and prints a table; with `--json`, a JSON array of
 * `{ name, workload, link, ...figures }` on stdout (progress goes to stderr).
 *
 *   npm run bench -- [--json] [--only cold-load,first-visit-bytes] [--runs 3] [--dist path]
 *
 * `--dist` measures a given build as it is (no rebuild).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuild } from '@/server/build/ensureBuild';
import { defaultDistDir, projectRoot } from '@/server/projectRoot';
import type { BenchResult } from './benchmark';
import { benchmarks } from './benchmarks';
import { formatTable } from './printTable';
import { snapshotBuild } from './snapshotBuild';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string' },
  },
});

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<number> {
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not ${values.runs}`);
  const only = values.only?.split(',').map((n) => n.trim());
  const unknown = only?.filter((n) => !benchmarks.some((b) => b.name === n)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`);

  const distDir = values.dist === undefined ? defaultDistDir : resolve(values.dist);
  if (values.dist === undefined) await ensureBuild(projectRoot, distDir, log);

  const snapshot = snapshotBuild(distDir);
  const results: BenchResult[] = [];
  let hasFailed = false;
  try {
    for (const benchmark of benchmarks.filter((b) => only === undefined || only.includes(b.name))) {
      log(`running ${benchmark.name}...`);
      try {
        results.push(...(await benchmark.run({ distDir: snapshot.dir, runs, log })));
      } catch (error) {
        hasFailed = true;
        log(`${benchmark.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        results.push({ name: benchmark.name, workload: '-', link: '-', error: String(error).split('\n')[0] ?? 'failed' });
      }
    }
  } finally {
    snapshot.remove();
  }
  process.stdout.write(values.json ? `${JSON.stringify(results, null, 2)}\n` : `${formatTable(results)}\n`);
  return hasFailed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
