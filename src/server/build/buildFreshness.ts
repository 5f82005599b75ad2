/**
 * Is `dist/` a complete build of the current sources? `npm start` asks before serving, so a
 * `git pull` followed by `npm start` never serves yesterday's app. Cheap by design: one
 * `stat` per input file (a few hundred), no hashing. The build counts as done when
 * index.html (and the service worker, once `src/sw.ts` exists) are newer than every input;
 * a build cut halfway lacks one of them or leaves it older, so it is redone.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** What the client build reads, relative to the repository root. The server is not in it. */
export const BUILD_INPUTS = ['src', 'public', 'locales', 'index.html', 'vite.config.ts', 'package-lock.json'] as const;
export const BUILD_INPUT_EXCLUSIONS = ['src/server'] as const;

export const BuildState = { missing: 'missing', stale: 'stale', fresh: 'fresh' } as const;
export type BuildState = (typeof BuildState)[keyof typeof BuildState];

export interface BuildFreshness {
  state: BuildState;
  /** Why, in words for the terminal. */
  reason: string;
}

interface NewestFile {
  path: string;
  mtimeMs: number;
}

export async function buildFreshness(projectRoot: string, distDir: string): Promise<BuildFreshness> {
  const outputs = ['index.html'];
  if (await mtimeOf(join(projectRoot, 'src', 'sw.ts'))) outputs.push('sw.js');
  let builtAt = Number.POSITIVE_INFINITY;
  for (const output of outputs) {
    const mtimeMs = await mtimeOf(join(distDir, output));
    if (mtimeMs === undefined) return { state: BuildState.missing, reason: `${relative(projectRoot, join(distDir, output))} does not exist` };
    builtAt = Math.min(builtAt, mtimeMs);
  }
  const excluded = BUILD_INPUT_EXCLUSIONS.map((p) => join(projectRoot, p));
  let newest: NewestFile | undefined;
  for (const input of BUILD_INPUTS) newest = newer(newest, await newestFile(join(projectRoot, input), excluded));
  if (newest && newest.mtimeMs > builtAt) {
    return { state: BuildState.stale, reason: `${relative(projectRoot, newest.path)} changed after the last build` };
  }
  return { state: BuildState.fresh, reason: 'the build is newer than every source file' };
}

async function newestFile(path: string, excluded: readonly string[]): Promise<NewestFile | undefined> {
  if (excluded.some((e) => path === e || path.startsWith(e + sep))) return undefined;
  let entries: Dirent[];
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch {
    const mtimeMs = await mtimeOf(path);
    return mtimeMs === undefined ? undefined : { path, mtimeMs };
  }
  let newest: NewestFile | undefined;
  for (const entry of entries) newest = newer(newest, await newestFile(join(path, entry.name), excluded));
  return newest;
}

function newer(a: NewestFile | undefined, b: NewestFile | undefined): NewestFile | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.mtimeMs > a.mtimeMs ? b : a;
}

async function mtimeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}
