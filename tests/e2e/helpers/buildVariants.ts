/**
 * Builds the app again into temporary directories, each with its own `SANDYQ_BUILD_ID`,
 * to stand for successive deploys (different bundles, different hashed file names).
 * The Vite CLI in a child process rather than `build()` in the test worker: the worker
 * runs with NODE_ENV=test, which would give a development React build, and a child
 * returns the bundler's memory when it exits.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const PROJECT_ROOT = join(import.meta.dirname, '../../..');

export async function buildVariant(buildId: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `sandyq-${buildId}-`));
  const require = createRequire(join(PROJECT_ROOT, 'package.json'));
  const viteBin = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const env = { ...process.env, SANDYQ_BUILD_ID: buildId, NODE_ENV: 'production' };
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build of ${buildId} failed (exit ${code})`))));
  });
  return outDir;
}
