/**
 * `GET` and `HEAD /api/v1/files/:sha256`: a file of the user's school, whole or one byte
 * range, streamed from the blob store (bounded memory whatever the size). Everyone of the
 * school may read its files, pupils too; a file of another school is a 404 like a file
 * that does not exist, so a hash never tells whether another school holds it.
 *
 * - 200 the whole file; 206 one range (`Content-Range: bytes start-end/size`);
 * - 304 `If-None-Match` names the file's ETag (the hash); a stale `If-Range` gets the whole file;
 * - 416 `range_not_satisfiable` with `Content-Range: bytes * /size` (no space) for any other Range;
 * - 404 `not_found`. `HEAD` answers the same headers without a body, and, to the staff who
 *   upload, `Upload-Offset`: the size of a stored file, or the bytes held of an unfinished one.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UPLOAD_OFFSET_HEADER } from '@/sync/fileMessages';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';
import type { BlobKey } from './BlobStore';
import { etagOf, matchesIfNoneMatch, setFileHeaders } from './fileHeaders';
import { findFile, type FileRecord } from './fileRecords';
import { mayUploadFiles } from './fileRules';
import { parseRange } from './parseRange';
import { sha256Param } from './sha256Param';
import type { FileRouteDeps } from './uploadFile';

export function downloadFile(deps: FileRouteDeps) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const ctx = await deps.authenticate(request);
    const sha256 = sha256Param(request);
    const key: BlobKey = { schoolId: ctx.schoolId, sha256 };
    const file = await findFile(deps.db, ctx.schoolId, sha256);
    if (!file) throw notFound();
    if (matchesIfNoneMatch(request.headers['if-none-match'], sha256)) return setFileHeaders(reply, file).code(304).send();

    const ifRange = request.headers['if-range'] as string | undefined;
    const range =
      ifRange === undefined || ifRange.trim() === etagOf(sha256) ? parseRange(request.headers.range, file.size) : { kind: 'whole' as const };
    if (range.kind === 'unsatisfiable') {
      reply.header('content-range', `bytes */${file.size}`);
      throw new ApiError(416, ErrorCode.rangeNotSatisfiable, `Ask for one byte range within the file's ${file.size} bytes`);
    }
    const stream = await deps.store.get(key, range.kind === 'range' ? range.range : undefined);
    if (!stream) throw notFound();
    setFileHeaders(reply, file);
    if (range.kind === 'whole') return reply.code(200).header('content-length', String(file.size)).send(stream);
    const { start, end } = range.range;
    return reply
      .code(206)
      .header('content-range', `bytes ${start}-${end}/${file.size}`)
      .header('content-length', String(end - start + 1))
      .send(stream);
  };
}

export function headFile(deps: FileRouteDeps) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const ctx = await deps.authenticate(request);
    const sha256 = sha256Param(request);
    const key: BlobKey = { schoolId: ctx.schoolId, sha256 };
    const isUploader = mayUploadFiles(ctx.roles);
    const file: FileRecord | undefined = await findFile(deps.db, ctx.schoolId, sha256);
    if (file && (await deps.store.has(key))) {
      if (isUploader) reply.header(UPLOAD_OFFSET_HEADER, String(file.size));
      return setFileHeaders(reply, file).code(200).header('content-length', String(file.size)).send();
    }
    if (isUploader) reply.header(UPLOAD_OFFSET_HEADER, String(await deps.store.partialSize(key)));
    throw notFound();
  };
}

function notFound(): ApiError {
  return new ApiError(404, ErrorCode.notFound, 'No such file in this school');
}
