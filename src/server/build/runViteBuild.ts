/**
 * Runs `vite build` in a child process, its output shown as it goes. A child rather than
 * Vite's `build()` in this process: the bundler's memory is returned to the system before
 * the server starts its long life on a school laptop.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export async function runViteBuild(projectRoot: string): Promise<void> {
  const require = createRequire(join(projectRoot, 'package.json'));
  const viteBin = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build'], { cwd: projectRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`vite build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}
