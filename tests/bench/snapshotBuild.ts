/**
 * Copies the build to a temporary folder before measuring. Other work in the same tree may
 * run `vite build` meanwhile, which replaces `dist/` and deletes the hashed files a page
 * or a service worker install of the old build is still fetching.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function snapshotBuild(distDir: string): { dir: string; remove(): void } {
  const dir = join(mkdtempSync(join(tmpdir(), 'sandyq-bench-')), 'dist');
  cpSync(distDir, dir, { recursive: true });
  return { dir, remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }) };
}
