/**
 * Sends one queued file to the server in chunks, from the offset the server holds, so an
 * upload cut at any byte (a dropped link, a closed lid, a restart) resumes where it stopped
 * and never sends again what arrived. Done when the server answers that the whole file is
 * stored and its SHA-256 equals its name (201, or 200 when the school has it already).
 *
 * Chunks of 4 MB: over the school's satellite link (8 Mbit/s shared, 600 ms round trip) a
 * chunk takes about 4 s, so the round trip between chunks costs some 13 %, and a cut loses
 * at most one chunk's progress. (The server keeps every byte it received in any case.)
 */
import type { QueuedUpload } from '../db/files/filesDb';
import { failureOf, FileFailure, fileRequest, filesUrl, FileTransferError, offsetHeader, type FileApi } from './fileApi';

export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;

export interface UploadProgress {
  readonly sent: number;
  readonly total: number;
}

async function serverOffset(api: FileApi, sha256: string, signal?: AbortSignal): Promise<{ offset: number; stored: boolean }> {
  const response = await fileRequest(api, filesUrl(api, sha256, '/status'), { method: 'GET', ...(signal ? { signal } : {}) });
  if (!response.ok) throw await failureOf(response);
  const status = (await response.json()) as { stored?: unknown; offset?: unknown };
  const offset = typeof status.offset === 'number' && Number.isSafeInteger(status.offset) && status.offset >= 0 ? status.offset : 0;
  return { offset, stored: status.stored === true };
}

/** Resolves when the server holds the whole file; throws `FileTransferError` otherwise. */
export async function sendUpload(
  upload: Pick<QueuedUpload, 'sha256' | 'blob' | 'mime' | 'size'>,
  api: FileApi,
  options: { onProgress?: (p: UploadProgress) => void; signal?: AbortSignal; chunkBytes?: number } = {},
): Promise<void> {
  const { sha256, blob, mime, size } = upload;
  const report = (sent: number) => options.onProgress?.({ sent, total: size });
  const held = await serverOffset(api, sha256, options.signal);
  if (held.stored) return report(size);
  let offset = Math.min(held.offset, size);
  report(offset);
  for (;;) {
    const end = Math.min(size, offset + (options.chunkBytes ?? UPLOAD_CHUNK_BYTES));
    const headers: Record<string, string> = { 'content-type': mime };
    // An empty file has no byte range to name: it goes as a whole, empty body.
    if (size > 0) headers['content-range'] = `bytes ${offset}-${end - 1}/${size}`;
    const response = await fileRequest(api, filesUrl(api, sha256), {
      method: 'PUT',
      headers,
      body: blob.slice(offset, end),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (response.status === 200 || response.status === 201) return report(size);
    const next = offsetHeader(response);
    if (response.status === 202 || response.status === 409) {
      if (next === undefined || (response.status === 202 && next <= offset))
        throw new FileTransferError(FileFailure.server, 'The server did not move the upload on');
      offset = Math.min(next, size);
      report(offset);
      continue;
    }
    throw await failureOf(response);
  }
}
