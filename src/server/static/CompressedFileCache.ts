/**
 * Built files compressed once at the highest quality (brotli 11, gzip 9) and kept in
 * memory. Over a satellite link every byte counts, and a built file never changes under
 * its path and modification time, so the cost of top-quality compression is paid once per
 * deploy, not once per laptop. The cache is bounded in bytes (oldest entries go first) and
 * shared by every app in the process, so tests that start many servers compress once too.
 */
import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { ContentEncoding } from './preferredEncoding';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files above this size are streamed through on-the-fly compression instead. */
export const MAX_CACHED_FILE_BYTES = 8 * 1024 * 1024;

export async function compressBest(data: Buffer, encoding: ContentEncoding): Promise<Buffer> {
  if (encoding === ContentEncoding.br) {
    return brotliAsync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
  }
  return gzipAsync(data, { level: constants.Z_BEST_COMPRESSION });
}

export class CompressedFileCache {
  private readonly entries = new Map<string, Promise<Buffer>>();
  private readonly sizes = new Map<string, number>();
  private totalBytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get(absolutePath: string, stats: Stats, encoding: ContentEncoding): Promise<Buffer> {
    const key = `${encoding}\0${absolutePath}\0${stats.mtimeMs}\0${stats.size}`;
    const cached = this.entries.get(key);
    if (cached) return cached;
    const pending = readFile(absolutePath).then((data) => compressBest(data, encoding));
    this.entries.set(key, pending);
    pending.then(
      (buffer) => this.account(key, buffer.length),
      () => this.entries.delete(key),
    );
    return pending;
  }

  private account(key: string, size: number): void {
    if (!this.entries.has(key)) return;
    this.sizes.set(key, size);
    this.totalBytes += size;
    for (const oldest of this.sizes.keys()) {
      if (this.totalBytes <= this.maxBytes) break;
      this.totalBytes -= this.sizes.get(oldest) ?? 0;
      this.sizes.delete(oldest);
      this.entries.delete(oldest);
    }
  }
}

export const sharedCompressedFileCache = new CompressedFileCache();
