/** The `:sha256` of a file route: 64 lowercase hex digits, or a 400. */
import type { FastifyRequest } from 'fastify';
import { SHA256_HEX } from '@/sync/fileMessages';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';

export function sha256Param(request: FastifyRequest): string {
  const value = (request.params as { sha256?: unknown }).sha256;
  if (typeof value !== 'string' || !SHA256_HEX.test(value)) {
    throw new ApiError(400, ErrorCode.badRequest, 'A file is named by its SHA-256: 64 lowercase hex digits');
  }
  return value;
}
