/**
 * Resource file messages of `/api/v1/files/*`, shared by the server and the device's upload
 * and download code (the sync protocol's own messages are in `protocol.ts`).
 *
 * A file is named by the SHA-256 of its bytes (64 lowercase hex digits) and belongs to one
 * school. Upload: `PUT /api/v1/files/<sha256>` with the raw bytes and the file's
 * `Content-Type`, either the whole body or chunks with `Content-Range: bytes start-end/total`.
 * A cut upload resumes from the offset the server reports (`Upload-Offset` on `HEAD`, on
 * every `PUT` answer, or `offset` in `GET .../status`): bytes that reached the server are
 * kept. The file counts as stored only once complete and its SHA-256 equals its name.
 * Download: `GET` with an optional `Range: bytes=...`; the answer never changes for a name,
 * so devices cache it for good.
 */
import { z } from 'zod';

export { FILE_CONTENT_SECURITY_POLICY } from './fileSecurityPolicy';

/** The header telling how many bytes of an unfinished upload the server holds. */
export const UPLOAD_OFFSET_HEADER = 'upload-offset';

export const FILE_LIMITS = {
  /** Largest file the server accepts by default (a server may set another; 413 names it). */
  defaultMaxBytes: 200 * 1024 * 1024,
} as const;

export const SHA256_HEX = /^[0-9a-f]{64}$/;
export const sha256Schema = z.string().regex(SHA256_HEX);

/** What a `PUT` or `GET .../status` answers: stored, or how far an upload has come. */
export const fileStatusSchema = z.object({
  sha256: sha256Schema,
  /** True once the whole file is held and its hash checked. */
  stored: z.boolean(),
  /** Bytes held: the size when stored, else where the next chunk must start. */
  offset: z.number().int().min(0),
  /** Set when stored. */
  size: z.number().int().min(0).optional(),
  mime: z.string().optional(),
  /** The largest file this server accepts, bytes. */
  maxBytes: z.number().int().positive(),
});
export type FileStatus = z.infer<typeof fileStatusSchema>;
