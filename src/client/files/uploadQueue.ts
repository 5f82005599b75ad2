/**
 * Files chosen on this laptop wait in the upload queue (`sandyq-files`, the bytes with
 * them) until the link allows, then go to the server one by one (`sendUpload`). A file is
 * named by its SHA-256 the moment it is chosen, so the resource that points to it can be
 * stored at once, offline; the chooser's own laptop keeps it for offline use at once too.
 */
import type { ResourceFile } from '@/domain/entities/resource';
import { UploadState, type FilesDb, type QueuedUpload } from '../db/files/filesDb';
import { FileFailure, FileTransferError, type FileApi } from './fileApi';
import type { KeptFileCache } from './keptFileCache';
import { sendUpload, type UploadProgress } from './sendUpload';
import { sha256OfBlob } from './sha256OfBlob';

/** The media type to store: the browser's, else a safe default (the server checks it again). */
export function mimeOf(file: Pick<File, 'type'>): string {
  return /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i.test(file.type) ? file.type.toLowerCase() : 'application/octet-stream';
}

/** What a resource records of a chosen file: its SHA-256 (read once, in slices), size, type and name. */
export async function nameFile(file: File): Promise<ResourceFile> {
  const sha256 = await sha256OfBlob(file);
  return { sha256, size: file.size, mime: mimeOf(file), name: file.name.slice(0, 255) || sha256 };
}

/** Queues the file for the server and keeps it on this laptop at once; `named` is its `nameFile`. */
export async function queueUpload(
  db: FilesDb,
  cache: KeptFileCache,
  file: File,
  named: ResourceFile,
  userId: string,
  now: () => number = Date.now,
): Promise<void> {
  const { sha256, mime, name } = named;
  const upload: QueuedUpload = { sha256, blob: file, name, mime, size: file.size, queuedAt: now(), queuedBy: userId, state: UploadState.waiting };
  await cache.put(sha256, file, mime);
  await db.transaction('rw', db.uploads, db.kept, async () => {
    if (!(await db.uploads.get(sha256))) await db.uploads.put(upload);
    await db.kept.put({ sha256, size: file.size, mime, name, keptAt: now() });
  });
}

export interface UploadRunOptions {
  readonly onProgress?: (sha256: string, progress: UploadProgress) => void;
  readonly onFailure?: (sha256: string, failure: FileTransferError) => void;
  readonly signal?: AbortSignal;
  readonly chunkBytes?: number;
}

/**
 * Sends the waiting files of `userId` (their session sends them), oldest first. A file the
 * server refuses for good is marked and left; no link or a gone session stops the run (the
 * next one resumes). Returns how many reached the server.
 */
export async function runUploads(db: FilesDb, api: FileApi, userId: string, options: UploadRunOptions = {}): Promise<number> {
  const waiting = (await db.uploads.orderBy('queuedAt').toArray()).filter((u) => u.state === UploadState.waiting && u.queuedBy === userId);
  let sent = 0;
  for (const upload of waiting) {
    try {
      await sendUpload(upload, api, {
        onProgress: (p) => options.onProgress?.(upload.sha256, p),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.chunkBytes ? { chunkBytes: options.chunkBytes } : {}),
      });
      await db.uploads.delete(upload.sha256);
      sent++;
    } catch (error) {
      if (!(error instanceof FileTransferError)) throw error;
      options.onFailure?.(upload.sha256, error);
      if (error.failure === FileFailure.hashMismatch || error.failure === FileFailure.tooLarge) {
        await db.uploads.update(upload.sha256, {
          state: UploadState.refused,
          refusal: error.failure,
          ...(error.limit !== undefined ? { limit: error.limit } : {}),
        });
        continue;
      }
      throw error;
    }
  }
  return sent;
}
