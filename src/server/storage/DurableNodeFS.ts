/**
 * PGlite's Node filesystem (Emscripten NODEFS) with a real fsync.
 *
 * PGlite 0.5 starts Postgres with `-F` (fsync off), and even with fsync on its NODEFS has
 * no `fsync` stream operation: Emscripten's `fd_sync` then returns success without
 * touching the disk, and `fdatasync` is a no-op outright. So an acknowledged commit lived
 * in the operating system's page cache only, and a power cut could lose it or leave a
 * database that does not start. This layer gives NODEFS an `fsync` that calls the real
 * `fsync(2)` on the file (or directory) Postgres named; `pgliteStartParams` turns fsync
 * back on and makes the WAL use `fsync` (not the no-op `fdatasync`).
 */
import { fsyncSync } from 'node:fs';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import type { PGlite } from '@electric-sql/pglite';

type EmscriptenOptions = Parameters<NodeFS['init']>[1];

interface NodeFsStream {
  nfd?: number;
}

interface EmscriptenModule {
  NODEFS: { stream_ops: { fsync?: (stream: NodeFsStream) => number } };
}

export class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: EmscriptenOptions) {
    const result = await super.init(pg, opts);
    const preRun = result.emscriptenOpts.preRun ?? [];
    // Before NODEFS is mounted (the parent's preRun), so every node gets the real fsync.
    const makeFsyncReal = (module: unknown) => {
      (module as EmscriptenModule).NODEFS.stream_ops.fsync = (stream) => {
        if (stream.nfd !== undefined) fsyncSync(stream.nfd);
        return 0;
      };
    };
    return { emscriptenOpts: { ...result.emscriptenOpts, preRun: [makeFsyncReal, ...(Array.isArray(preRun) ? preRun : [preRun])] } };
  }
}
