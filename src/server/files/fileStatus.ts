/**
 * `GET /api/v1/files/:sha256/status`: how far an upload has come, as JSON, for the staff
 * who upload (the same facts as `Upload-Offset` on `HEAD`, for clients that prefer a body).
 */
import type { FastifyRequest } from 'fastify';
import type { FileStatus } from '@/sync/fileMessages';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';
import { findFile } from './fileRecords';
import { mayUploadFiles } from './fileRules';
import { sha256Param } from './sha256Param';
import type { FileRouteDeps } from './uploadFile';

export function fileStatus(deps: FileRouteDeps) {
  return async (request: FastifyRequest): Promise<FileStatus> => {
    const ctx = await deps.authenticate(request);
    const sha256 = sha256Param(request);
    if (!mayUploadFiles(ctx.roles)) throw new ApiError(403, ErrorCode.forbidden, 'Only the head and teachers upload files');
    const key = { schoolId: ctx.schoolId, sha256 };
    const file = await findFile(deps.db, ctx.schoolId, sha256);
    if (file && (await deps.store.has(key))) {
      return { sha256, stored: true, offset: file.size, size: file.size, mime: file.mime, maxBytes: deps.maxBytes };
    }
    return { sha256, stored: false, offset: await deps.store.partialSize(key), maxBytes: deps.maxBytes };
  };
}
