/**
 * Headers of a file answer (200, 206, 304, HEAD). A name is a SHA-256, so its bytes never
 * change: the ETag is the hash and devices keep the file for a year without asking again.
 * `private`: files are per school and fetched with a session token; no shared cache keeps them.
 *
 * Files are whatever staff uploaded, served from the app's own origin. The sandbox policy
 * makes an uploaded HTML or SVG page, opened directly, a document without scripts and
 * without the app's origin, so it cannot read the session or the device's data.
 */
import type { FastifyReply } from 'fastify';
import type { FileRecord } from './fileRecords';

export const FILE_CACHE_CONTROL = 'private, max-age=31536000, immutable';

export function etagOf(sha256: string): string {
  return `"${sha256}"`;
}

export function setFileHeaders(reply: FastifyReply, file: FileRecord): FastifyReply {
  return reply.headers({
    etag: etagOf(file.sha256),
    'cache-control': FILE_CACHE_CONTROL,
    'accept-ranges': 'bytes',
    'content-type': file.mime,
  });
}

/** True when `If-None-Match` names this file's ETag (or `*`): the device has it already. */
export function matchesIfNoneMatch(header: string | undefined, sha256: string): boolean {
  if (header === undefined) return false;
  const tag = etagOf(sha256);
  return header.split(',').some((t) => {
    const value = t.trim();
    return value === '*' || value === tag || value === `W/${tag}`;
  });
}
