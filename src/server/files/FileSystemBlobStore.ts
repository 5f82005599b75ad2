/**
 * The BlobStore on the server's own disk, under DATA_DIR/blobs:
 *
 *   <root>/<schoolId>/<aa>/<sha256>           stored files (aa: the hash's first two digits,
 *                                             so no folder grows past a few thousand entries)
 *   <root>/<schoolId>/uploads/<sha256>.part   unfinished uploads
 *
 * An upload is written into its `.part` file and renamed to its final name only after the
 * whole file's SHA-256 is checked against the name, so a crash, a cut or a lying client
 * never leaves a half or wrong file under a final name. A `.part` keeps every byte that
 * reached the disk: its length is the offset a cut client resumes from.
 *
 * One process owns DATA_DIR (PGlite needs that too), so the one-put-per-key rule is kept
 * in memory: a newer put of a key destroys the older one's source and waits for it to end.
 *
 * Unfinished uploads are bounded per school: together they may hold `partialQuotaBytes`
 * (default 1 GB: five files of the largest size at once), and one not written to for
 * `partialTtlMs` (default 7 days) is abandoned and removed by `expirePartials`.
 */
import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { SHA256_HEX } from '@/sync/fileMessages';
import { PutStatus, type BlobKey, type BlobStat, type BlobStore, type ByteRange, type PutOptions, type PutResult } from './BlobStore';

/** School ids become folder names: only plain ids, never `..` or a separator. */
const SAFE_SCHOOL_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

interface ActivePut {
  source: Readable;
  done: Promise<PutResult>;
}

export const DEFAULT_PARTIAL_QUOTA_BYTES = 1024 * 1024 * 1024;
export const DEFAULT_PARTIAL_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface FileSystemBlobStoreOptions {
  partialQuotaBytes?: number;
  partialTtlMs?: number;
}

export class FileSystemBlobStore implements BlobStore {
  private readonly active = new Map<string, ActivePut>();
  readonly partialQuotaBytes: number;
  private readonly partialTtlMs: number;

  constructor(
    private readonly root: string,
    options: FileSystemBlobStoreOptions = {},
  ) {
    this.partialQuotaBytes = options.partialQuotaBytes ?? DEFAULT_PARTIAL_QUOTA_BYTES;
    this.partialTtlMs = options.partialTtlMs ?? DEFAULT_PARTIAL_TTL_MS;
  }

  async expirePartials(now: number): Promise<number> {
    const schools = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    let removed = 0;
    for (const school of schools) {
      if (!school.isDirectory() || !SAFE_SCHOOL_ID.test(school.name)) continue;
      for (const part of await this.partials(school.name)) {
        if (this.active.has(`${school.name}/${part.sha256}`) || part.mtimeMs > now - this.partialTtlMs) continue;
        await rm(part.path, { force: true });
        removed++;
      }
    }
    return removed;
  }

  async has(key: BlobKey): Promise<boolean> {
    return (await this.stat(key)) !== undefined;
  }

  async stat(key: BlobKey): Promise<BlobStat | undefined> {
    const found = await stat(this.blobPath(key)).catch(() => undefined);
    return found?.isFile() ? { size: found.size } : undefined;
  }

  async get(key: BlobKey, range?: ByteRange): Promise<Readable | undefined> {
    const path = this.blobPath(key);
    // Opened before answering, so a missing file is `undefined`, not a stream that fails later.
    const handle = await open(path, constants.O_RDONLY).catch(() => undefined);
    if (!handle) return undefined;
    return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
  }

  async partialSize(key: BlobKey): Promise<number> {
    const found = await stat(this.partialPath(key)).catch(() => undefined);
    return found?.size ?? 0;
  }

  async put(key: BlobKey, source: Readable, options: PutOptions): Promise<PutResult> {
    const id = `${key.schoolId}/${key.sha256}`;
    for (let older = this.active.get(id); older; older = this.active.get(id)) {
      older.source.destroy(new Error('A newer upload of this file took over'));
      await older.done.catch(() => undefined);
    }
    const done = this.write(key, source, options);
    this.active.set(id, { source, done });
    try {
      return await done;
    } finally {
      if (this.active.get(id)?.done === done) this.active.delete(id);
    }
  }

  private async write(key: BlobKey, source: Readable, options: PutOptions): Promise<PutResult> {
    const partial = this.partialPath(key);
    await mkdir(dirname(partial), { recursive: true });
    // What this upload may grow to: the quota less what the school's other uploads hold.
    const others = (await this.partials(key.schoolId)).filter((p) => p.sha256 !== key.sha256).reduce((sum, p) => sum + p.size, 0);
    const allowance = this.partialQuotaBytes - others;
    const held = (await stat(partial).catch(() => undefined))?.size ?? 0;
    const end = options.total ?? (options.length !== undefined ? options.offset + options.length : undefined);
    if (end !== undefined && end > allowance && options.offset <= held) return { status: PutStatus.quotaExceeded, offset: held };
    const file = await open(partial, constants.O_RDWR | constants.O_CREAT);
    let received: Received;
    try {
      received = await receive(file, source, { ...options, allowance });
      if (received.status === 'complete') await file.sync();
    } finally {
      await file.close();
    }
    if (received.status !== 'complete') {
      // An upload holding no bytes is no upload: leave no empty `.part` behind.
      if (received.offset === 0) await rm(partial, { force: true });
      return received;
    }
    const actual = received.sha256 ?? (await sha256OfFile(partial));
    if (actual !== key.sha256) {
      await rm(partial, { force: true });
      return { status: PutStatus.hashMismatch, actual };
    }
    const final = this.blobPath(key);
    await mkdir(dirname(final), { recursive: true });
    await rename(partial, final);
    return { status: PutStatus.stored, size: received.size };
  }

  private schoolDir(schoolId: string): string {
    if (!SAFE_SCHOOL_ID.test(schoolId)) throw new Error(`Unsafe school id for a folder name: ${JSON.stringify(schoolId)}`);
    return join(this.root, schoolId);
  }

  private blobPath(key: BlobKey): string {
    return join(this.schoolDir(key.schoolId), checkedSha(key.sha256).slice(0, 2), key.sha256);
  }

  /** The school's unfinished uploads, with their sizes and last writes. */
  private async partials(schoolId: string): Promise<Array<{ sha256: string; path: string; size: number; mtimeMs: number }>> {
    const dir = join(this.schoolDir(schoolId), 'uploads');
    const names = await readdir(dir).catch(() => [] as string[]);
    const found = [];
    for (const name of names) {
      const sha256 = name.endsWith('.part') ? name.slice(0, -'.part'.length) : '';
      if (!SHA256_HEX.test(sha256)) continue;
      const info = await stat(join(dir, name)).catch(() => undefined);
      if (info?.isFile()) found.push({ sha256, path: join(dir, name), size: info.size, mtimeMs: info.mtimeMs });
    }
    return found;
  }

  private partialPath(key: BlobKey): string {
    return join(this.schoolDir(key.schoolId), 'uploads', `${checkedSha(key.sha256)}.part`);
  }
}

type Received = Exclude<PutResult, { status: 'stored' | 'hashMismatch' }> | { status: 'complete'; size: number; sha256?: string };

/**
 * Writes the source into the open `.part` at `options.offset`, until it ends, is cut, or
 * breaks a limit. A chunk that starts before the bytes held (a resent or late chunk)
 * overwrites its own range only: the bytes held past it stay, so a retry of an early chunk
 * never sends an upload in progress back (were its bytes different, the hash check at the
 * end refuses the file). Only a body that is the whole file (no total declared) defines
 * the file's end.
 */
async function receive(file: FileHandle, source: Readable, options: PutOptions & { allowance: number }): Promise<Received> {
  const held = (await file.stat()).size;
  if (options.offset > held) return { status: PutStatus.offsetMismatch, offset: held };
  // Hashed on the way in when the source is the whole file from byte 0; otherwise read back at the end.
  const hash = options.offset === 0 ? createHash('sha256') : undefined;
  const declaredEnd = Math.min(options.offset + (options.length ?? Infinity), options.total ?? Infinity);
  let position = options.offset;
  try {
    // Not destroyed on an early return: the route still answers on the same connection.
    for await (const chunk of source.iterator({ destroyOnReturn: false })) {
      const bytes = chunk as Buffer;
      const next = position + bytes.length;
      if (next > declaredEnd || next > options.maxBytes || (next > held && next > options.allowance)) {
        // This source's bytes past what was held are dropped; those it overwrote are checked by the hash at the end.
        if ((await file.stat()).size > Math.max(held, options.offset)) await file.truncate(Math.max(held, options.offset));
        const status = next > declaredEnd ? PutStatus.overlong : next > options.maxBytes ? PutStatus.tooLarge : PutStatus.quotaExceeded;
        return { status, offset: Math.max(held, options.offset) };
      }
      await file.write(bytes, 0, bytes.length, position);
      hash?.update(bytes);
      position = next;
    }
  } catch {
    // The client went away (or a newer put took over): what reached the disk stays.
    return { status: PutStatus.partial, offset: Math.max(held, position) };
  }
  if (options.total === undefined) {
    await file.truncate(position);
    return { status: 'complete', size: position, ...(hash ? { sha256: hash.digest('hex') } : {}) };
  }
  const now = Math.max(held, position);
  if (now < options.total) return { status: PutStatus.partial, offset: now };
  if (now > options.total) await file.truncate(options.total);
  const whole = hash !== undefined && position === options.total;
  return { status: 'complete', size: options.total, ...(whole ? { sha256: hash.digest('hex') } : {}) };
}

function checkedSha(sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new Error(`Not a SHA-256 in hex: ${JSON.stringify(sha256)}`);
  return sha256;
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
