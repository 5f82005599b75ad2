/**
 * Maps a request path to a regular file inside the build folder, or nothing. Refuses
 * anything that could step outside it (`..`, encoded or not), dotfiles and directories,
 * so the caller can fall back to the app's HTML or a 404 without asking the disk twice.
 */
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

export interface DistFile {
  /** Relative to the build folder, with `/` separators: what `reply.sendFile` takes. */
  relativePath: string;
  absolutePath: string;
  stats: Stats;
}

export async function resolveDistFile(distDir: string, pathname: string): Promise<DistFile | undefined> {
  const relativePath = pathname === '/' ? 'index.html' : pathname.slice(1);
  const segments = relativePath.split('/');
  const isUnsafe = segments.some((s) => s === '' || s.startsWith('.') || s.includes('\\') || s.includes('\0'));
  if (isUnsafe) return undefined;
  const absolutePath = join(distDir, ...segments);
  if (!absolutePath.startsWith(distDir + sep)) return undefined;
  try {
    const stats = await stat(absolutePath);
    return stats.isFile() ? { relativePath, absolutePath, stats } : undefined;
  } catch {
    return undefined;
  }
}
