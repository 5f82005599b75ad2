/**
 * Flushes every file and folder under a directory to disk (what Postgres itself does after
 * a crash before recovery): PGlite's `initdb`, and runs before durability was on, wrote
 * without flushing, and a commit's WAL is only as safe as the files it builds on.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, constants } from 'node:fs';
import { join } from 'node:path';

export function fsyncTree(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) fsyncTree(path);
    else if (entry.isFile()) fsyncPath(path);
  }
  fsyncPath(dir);
}

function fsyncPath(path: string): void {
  const fd = openSync(path, constants.O_RDONLY);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
