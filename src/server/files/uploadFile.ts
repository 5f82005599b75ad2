/**
 * `PUT /api/v1/files/:sha256`: stores the bytes of a school's file, whole or in chunks
 * (`Content-Range: bytes start-end/total`), resumable after a cut at any byte.
 *
 * Answers (every one with `Upload-Offset`, the bytes held, except 400/401/403/415):
 * - 201 the upload completed and its SHA-256 equals the name: stored, recorded for the school;
 * - 200 the school holds the file already (the body is not read);
 * - 202 a chunk was stored, the file is not complete yet;
 * - 409 `upload_offset_mismatch`: the chunk starts past the bytes held;
 * - 413 `payload_too_large` (with `limit`): the file is larger than the server accepts, or
 *   the school's unfinished uploads would pass their quota (`limit` is then the quota);
 * - 422 `hash_mismatch`: complete, but the bytes hash to another name; nothing is kept;
 * - 400 `bad_request`: a malformed Content-Range or type, or a body longer than it declared;
 * - 415: a Content-Encoding (files are sent as they are; their hash is of those bytes).
 * A chunk may start before the offset held (a resent chunk): its own range is rewritten and
 * the bytes held past it stay (a late retry of chunk 0 never sends an upload in progress
 * back); the hash check at the end catches any inconsistency.
 */
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UPLOAD_OFFSET_HEADER, type FileStatus } from '@/sync/fileMessages';
import type { Authenticate } from '../auth/authenticate';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';
import type { Database } from '../storage/database';
import { PutStatus, type BlobStore } from './BlobStore';
import { fileMime } from './fileMime';
import { findFile, recordFile } from './fileRecords';
import { mayUploadFiles } from './fileRules';
import { parseContentRange, type UploadChunk } from './parseContentRange';
import { sha256Param } from './sha256Param';
import { DatabaseUploadLock } from './DatabaseUploadLock';

export interface FileRouteDeps {
  db: Database;
  authenticate: Authenticate;
  store: BlobStore;
  /** Largest file accepted, bytes. */
  maxBytes: number;
}

export function uploadFile(deps: FileRouteDeps) {
  const { db, authenticate, store, maxBytes } = deps;
  const uploads = new DatabaseUploadLock(db);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FileStatus> => {
    const ctx = await authenticate(request);
    const sha256 = sha256Param(request);
    if (!mayUploadFiles(ctx.roles)) throw new ApiError(403, ErrorCode.forbidden, 'Only the head and teachers upload files');
    const encoding = request.headers['content-encoding'];
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
      throw new ApiError(415, ErrorCode.unsupportedMediaType, 'Send the file as it is, without Content-Encoding: its hash is of those bytes');
    }
    const mime = fileMime(request.headers['content-type']);
    if (mime === undefined) throw new ApiError(400, ErrorCode.badRequest, 'Content-Type is not a media type');
    const chunk = uploadChunkOf(request);
    if (chunk.total !== undefined && chunk.total > maxBytes) throw tooLarge(maxBytes);

    const key = { schoolId: ctx.schoolId, sha256 };
    const known = await findFile(db, ctx.schoolId, sha256);
    if (known && (await store.has(key))) {
      reply.code(200).header(UPLOAD_OFFSET_HEADER, String(known.size));
      return { sha256, stored: true, offset: known.size, size: known.size, mime: known.mime, maxBytes };
    }

    const storeUpload = async (source: Readable): Promise<FileStatus> => {
      const result = await store.put(key, source, {
        offset: chunk.start,
        ...(chunk.length !== undefined ? { length: chunk.length } : {}),
        ...(chunk.total !== undefined ? { total: chunk.total } : {}),
        maxBytes,
      });
      switch (result.status) {
        case PutStatus.stored: {
          const file = await recordFile(db, ctx.schoolId, { sha256, size: result.size, mime }, ctx.userId);
          reply.code(201).header(UPLOAD_OFFSET_HEADER, String(file.size));
          return { sha256, stored: true, offset: file.size, size: file.size, mime: file.mime, maxBytes };
        }
        case PutStatus.partial:
          reply.code(202).header(UPLOAD_OFFSET_HEADER, String(result.offset));
          return { sha256, stored: false, offset: result.offset, maxBytes };
        case PutStatus.hashMismatch:
          reply.header(UPLOAD_OFFSET_HEADER, '0');
          throw new ApiError(
            422,
            ErrorCode.hashMismatch,
            `The file's SHA-256 is ${result.actual}, not its name: nothing was stored, upload again from byte 0`,
          );
        case PutStatus.offsetMismatch:
          reply.header(UPLOAD_OFFSET_HEADER, String(result.offset));
          throw new ApiError(
            409,
            ErrorCode.uploadOffsetMismatch,
            `The server holds ${result.offset} bytes of this file: send the next chunk from there`,
          );
        case PutStatus.tooLarge:
          reply.header(UPLOAD_OFFSET_HEADER, String(result.offset));
          throw tooLarge(maxBytes);
        case PutStatus.quotaExceeded:
          reply.header(UPLOAD_OFFSET_HEADER, String(result.offset));
          throw new ApiError(
            413,
            ErrorCode.payloadTooLarge,
            `This school's unfinished uploads may hold ${store.partialQuotaBytes} bytes together: finish them first (one left idle for a week is removed)`,
            store.partialQuotaBytes,
          );
        case PutStatus.overlong:
          reply.header(UPLOAD_OFFSET_HEADER, String(result.offset));
          throw new ApiError(400, ErrorCode.badRequest, 'The body is longer than its Content-Range or Content-Length');
      }
    };

    // One upload of the file at a time, whichever server process received it.
    const lease = await uploads.acquire(key);
    try {
      const body = (request.body as Readable | undefined) ?? Readable.from([]);
      if (!lease.owned) {
        // A newer upload of the file came while this one waited: it goes on, this one stops.
        const offset = await store.partialSize(key);
        reply.code(202).header(UPLOAD_OFFSET_HEADER, String(offset));
        return { sha256, stored: false, offset, maxBytes };
      }
      return await storeUpload(lease.guard(body));
    } finally {
      await lease.release();
    }
  };
}

interface RequestChunk {
  start: number;
  length?: number;
  total?: number;
}

/** Where the body goes: a Content-Range chunk, or the whole file (its size from Content-Length, if sent). */
function uploadChunkOf(request: FastifyRequest): RequestChunk {
  const lengthHeader = request.headers['content-length'];
  const contentLength = lengthHeader === undefined ? undefined : Number(lengthHeader);
  const rangeHeader = request.headers['content-range'];
  if (rangeHeader === undefined) {
    return contentLength === undefined ? { start: 0 } : { start: 0, length: contentLength, total: contentLength };
  }
  const chunk: UploadChunk | undefined = parseContentRange(rangeHeader);
  if (!chunk) throw new ApiError(400, ErrorCode.badRequest, 'Content-Range must be "bytes start-end/total" within the file');
  if (contentLength !== undefined && contentLength !== chunk.length) {
    throw new ApiError(400, ErrorCode.badRequest, 'Content-Length differs from the Content-Range chunk');
  }
  return chunk;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, ErrorCode.payloadTooLarge, `Files are limited to ${maxBytes} bytes`, maxBytes);
}
