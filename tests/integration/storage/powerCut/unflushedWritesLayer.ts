/**
 * A power cut, in a process: every change this process makes under `live` reaches the
 * real `live` folder at once (the page cache), but a mirror folder `disk` (what the
 * platters hold) gets a file's data only when that file is fsync'ed. Kill the process
 * with SIGKILL, throw `live` away, restart on a copy of `disk`: that is what a laptop
 * finds after the power comes back.
 *
 * The model: file contents (writes, truncations) are lost unless fsync'ed; names
 * (create, rename, unlink, mkdir) reach the disk at once, in order. Postgres fsyncs its
 * directories after renames anyway, and losing data while names survive is the harder
 * case for it (a WAL segment that exists but holds zeros).
 *
 * It patches Node's `fs` module object (which Emscripten's NODEFS calls through) and
 * re-syncs the ESM named exports, so `import { fsyncSync } from 'node:fs'` sees it too.
 */
import fs from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { join, relative } from 'node:path';

type PendingOp = { kind: 'write'; position: number; bytes: Buffer } | { kind: 'truncate'; length: number };

export function installUnflushedWritesLayer(live: string, disk: string): void {
  const real = { ...(createRequire(import.meta.url)('fs') as typeof fs) };
  const target = createRequire(import.meta.url)('fs') as Record<string, unknown>;
  const pending = new Map<string, PendingOp[]>();
  const paths = new Map<number, string>();

  const under = (path: fs.PathLike): string | undefined => {
    const rel = relative(live, String(path));
    return rel.startsWith('..') || rel.startsWith('/') ? undefined : rel;
  };
  const queue = (rel: string, op: PendingOp) => {
    const ops = pending.get(rel) ?? [];
    ops.push(op);
    pending.set(rel, ops);
  };
  const flush = (rel: string) => {
    const ops = pending.get(rel);
    pending.delete(rel);
    if (!ops || ops.length === 0) return;
    const fd = real.openSync(join(disk, rel), fs.constants.O_RDWR | fs.constants.O_CREAT);
    try {
      for (const op of ops) {
        if (op.kind === 'write') real.writeSync(fd, op.bytes, 0, op.bytes.length, op.position);
        else real.ftruncateSync(fd, op.length);
      }
    } finally {
      real.closeSync(fd);
    }
  };

  target.openSync = (path: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
    const fd = real.openSync(path, flags ?? 'r', mode);
    const rel = under(path);
    if (rel !== undefined) {
      paths.set(fd, rel);
      if (typeof flags === 'string' && flags !== 'r') throw new Error(`power-cut layer: string flags ${flags} not modelled`);
      const numeric = typeof flags === 'number' ? flags : 0;
      if (numeric & fs.constants.O_CREAT && real.fstatSync(fd).isFile() && !real.existsSync(join(disk, rel)))
        real.closeSync(real.openSync(join(disk, rel), 'a'));
      if (numeric & fs.constants.O_TRUNC) queue(rel, { kind: 'truncate', length: 0 });
    }
    return fd;
  };
  target.closeSync = (fd: number) => {
    paths.delete(fd);
    real.closeSync(fd);
  };
  target.writeSync = (fd: number, buffer: NodeJS.ArrayBufferView, offset?: number, length?: number, position?: number | null) => {
    const rel = paths.get(fd);
    if (rel !== undefined && typeof position !== 'number') throw new Error('power-cut layer: a write without a position is not modelled');
    const written = real.writeSync(fd, buffer, offset, length, position);
    if (rel !== undefined) {
      const view = Buffer.from(buffer.buffer, buffer.byteOffset + (offset ?? 0), written);
      queue(rel, { kind: 'write', position: position as number, bytes: Buffer.from(view) });
    }
    return written;
  };
  target.ftruncateSync = (fd: number, length = 0) => {
    real.ftruncateSync(fd, length);
    const rel = paths.get(fd);
    if (rel !== undefined) queue(rel, { kind: 'truncate', length });
  };
  target.truncateSync = (path: fs.PathLike, length = 0) => {
    real.truncateSync(path, length);
    const rel = under(path);
    if (rel !== undefined) queue(rel, { kind: 'truncate', length });
  };
  target.writeFileSync = (path: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView, options?: fs.WriteFileOptions) => {
    const rel = typeof path === 'number' ? paths.get(path) : under(path as fs.PathLike);
    if (rel === undefined) return real.writeFileSync(path, data, options);
    if (typeof path === 'number') throw new Error('power-cut layer: writeFileSync on a descriptor is not modelled');
    // Written here with the unpatched calls: Node's own writeFileSync goes through the patched ones.
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const mode = typeof options === 'object' && options?.mode !== undefined ? options.mode : 0o666;
    const fd = real.openSync(path as fs.PathLike, 'w', mode);
    try {
      real.writeSync(fd, bytes, 0, bytes.length, 0);
    } finally {
      real.closeSync(fd);
    }
    if (!real.existsSync(join(disk, rel))) real.closeSync(real.openSync(join(disk, rel), 'a'));
    queue(rel, { kind: 'truncate', length: 0 });
    queue(rel, { kind: 'write', position: 0, bytes: Buffer.from(bytes) });
  };
  target.fsyncSync = (fd: number) => {
    real.fsyncSync(fd);
    const rel = paths.get(fd);
    if (rel !== undefined) flush(rel);
  };
  target.fdatasyncSync = target.fsyncSync;
  target.renameSync = (from: fs.PathLike, to: fs.PathLike) => {
    real.renameSync(from, to);
    const a = under(from);
    const b = under(to);
    if (a === undefined || b === undefined) return;
    if (real.existsSync(join(disk, a))) real.renameSync(join(disk, a), join(disk, b));
    const ops = pending.get(a);
    pending.delete(a);
    if (ops) pending.set(b, ops);
    else pending.delete(b);
  };
  target.unlinkSync = (path: fs.PathLike) => {
    real.unlinkSync(path);
    const rel = under(path);
    if (rel === undefined) return;
    pending.delete(rel);
    real.rmSync(join(disk, rel), { force: true });
  };
  target.mkdirSync = (path: fs.PathLike, options?: fs.MakeDirectoryOptions | fs.Mode | null) => {
    const made = real.mkdirSync(path, options as fs.MakeDirectoryOptions);
    const rel = under(path);
    if (rel !== undefined) real.mkdirSync(join(disk, rel), { recursive: true });
    return made;
  };
  target.rmdirSync = (path: fs.PathLike) => {
    real.rmdirSync(path);
    const rel = under(path);
    if (rel !== undefined) real.rmSync(join(disk, rel), { recursive: true, force: true });
  };
  for (const name of ['symlinkSync', 'linkSync', 'copyFileSync', 'appendFileSync', 'writevSync', 'rmSync', 'cpSync']) {
    const original = real[name as keyof typeof real] as (...args: unknown[]) => unknown;
    target[name] = (...args: unknown[]) => {
      if (args.some((a) => (typeof a === 'string' || a instanceof URL) && under(a as fs.PathLike) !== undefined)) {
        throw new Error(`power-cut layer: fs.${name} under the data folder is not modelled`);
      }
      return original(...args);
    };
  }
  syncBuiltinESMExports();
}
