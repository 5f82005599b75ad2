/**
 * Keeps one resource file on this laptop for offline use: downloaded with range requests,
 * each piece stored as it arrives (`parts`), so a cut at any byte, a closed tab or a
 * restart resumes from the bytes held, never from zero; then the whole is checked against
 * its name (SHA-256) and only a file that matches is kept and shown. A file kept already
 * moves no bytes. Stored once per laptop, for everyone who signs in on it.
 */
import type { ResourceFile } from '@/domain/entities/resource';
import type { DownloadPart, FilesDb } from '../db/files/filesDb';
import { failureOf, FileFailure, fileRequest, filesUrl, FileTransferError, type FileApi } from './fileApi';
import type { KeptFileCache } from './keptFileCache';
import { sha256OfBlob } from './sha256OfBlob';

/**
 * Bytes gathered from a response before they are stored: what a cut can cost at most.
 * The rest of the file is asked for in one request: pieces are stored as they arrive, so
 * nothing is gained by cutting it into ranges, and each extra request would cost the
 * satellite's 600 ms round trip.
 */
const PART_BYTES = 512 * 1024;

export interface DownloadProgress {
  readonly received: number;
  readonly total: number;
}

export interface KeepOutcome {
  /** Bytes this call moved over the network (0 when the file was kept already). */
  readonly fetchedBytes: number;
}

type FileToKeep = Pick<ResourceFile, 'sha256' | 'size' | 'mime' | 'name'>;

export async function isKept(db: FilesDb, cache: KeptFileCache, sha256: string): Promise<boolean> {
  return (await db.kept.get(sha256)) !== undefined && (await cache.has(sha256));
}

/** The bytes held of a download, from byte 0 without a gap; later parts past a gap are dropped. */
async function heldParts(db: FilesDb, sha256: string): Promise<DownloadPart[]> {
  const parts = await db.parts.where('sha256').equals(sha256).sortBy('start');
  const run: DownloadPart[] = [];
  let next = 0;
  for (const part of parts) {
    if (part.start !== next) break;
    run.push(part);
    next += part.bytes.size;
  }
  return run;
}

export async function keepFile(
  db: FilesDb,
  cache: KeptFileCache,
  file: FileToKeep,
  api: FileApi,
  options: {
    onProgress?: (p: DownloadProgress) => void;
    signal?: AbortSignal;
    now?: () => number;
    /** Bytes per request (tests); default the rest of the file. */
    chunkBytes?: number;
  } = {},
): Promise<KeepOutcome> {
  if (await isKept(db, cache, file.sha256)) return { fetchedBytes: 0 };
  let held = (await heldParts(db, file.sha256)).reduce((sum, p) => sum + p.bytes.size, 0);
  let fetchedBytes = 0;
  options.onProgress?.({ received: held, total: file.size });

  const store = async (chunks: Uint8Array[]) => {
    if (chunks.length === 0) return;
    const bytes = new Blob(chunks as BlobPart[]);
    await storeOrDiskFull(() => db.parts.put({ sha256: file.sha256, start: held, bytes }));
    held += bytes.size;
    options.onProgress?.({ received: held, total: file.size });
  };

  while (held < file.size) {
    const end = (options.chunkBytes === undefined ? file.size : Math.min(file.size, held + options.chunkBytes)) - 1;
    const response = await fileRequest(api, filesUrl(api, file.sha256), {
      method: 'GET',
      headers: { range: `bytes=${held}-${end}` },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (response.status !== 206 && response.status !== 200) throw await failureOf(response);
    // A 200 is the whole file from byte 0 (a server or proxy ignoring the range): start over.
    if (response.status === 200 && held > 0) {
      await db.parts.where('sha256').equals(file.sha256).delete();
      held = 0;
    }
    const reader = response.body?.getReader();
    if (!reader) throw new FileTransferError(FileFailure.server, 'An answer without a body');
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const room = file.size - held - pendingBytes;
        const piece = value.byteLength > room ? value.subarray(0, room) : value;
        pending.push(piece);
        pendingBytes += piece.byteLength;
        fetchedBytes += value.byteLength;
        if (pendingBytes >= PART_BYTES) {
          await store(pending);
          pending = [];
          pendingBytes = 0;
        }
      }
    } catch (error) {
      // Cut in the middle of the body: keep what arrived, so the next try starts after it.
      await store(pending);
      if ((error as { name?: string }).name === 'AbortError' || error instanceof FileTransferError) throw error;
      throw new FileTransferError(FileFailure.offline, `The download was cut: ${String(error)}`);
    }
    await store(pending);
  }

  const parts = await heldParts(db, file.sha256);
  const whole = new Blob(
    parts.map((p) => p.bytes),
    { type: file.mime },
  );
  if (whole.size !== file.size || (await sha256OfBlob(whole)) !== file.sha256) {
    await db.parts.where('sha256').equals(file.sha256).delete();
    throw new FileTransferError(FileFailure.hashMismatch, `The downloaded bytes of ${file.sha256} do not match its name; nothing was kept`);
  }
  await storeOrDiskFull(() => cache.put(file.sha256, whole, file.mime));
  await db.transaction('rw', db.kept, db.parts, async () => {
    await db.kept.put({ sha256: file.sha256, size: file.size, mime: file.mime, name: file.name, keptAt: (options.now ?? Date.now)() });
    await db.parts.where('sha256').equals(file.sha256).delete();
  });
  return { fetchedBytes };
}

/** Removes a kept file (and any unfinished download of it) from this laptop. */
export async function removeKeptFile(db: FilesDb, cache: KeptFileCache, sha256: string): Promise<void> {
  await cache.delete(sha256);
  await db.transaction('rw', db.kept, db.parts, async () => {
    await db.kept.delete(sha256);
    await db.parts.where('sha256').equals(sha256).delete();
  });
}

async function storeOrDiskFull(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const name = (error as { name?: string; inner?: { name?: string } }).inner?.name ?? (error as { name?: string }).name;
    if (name === 'QuotaExceededError') throw new FileTransferError(FileFailure.diskFull, 'The laptop has no room left for this file');
    throw error;
  }
}
