/** Error codes of `{ error: { code, message } }` answers: see ApiErrorCode in src/sync/protocol.ts. */
import { ApiErrorCode } from '@/sync/protocol';

// One closed set for both ends: it lives with the protocol's other shared types.
export const ErrorCode = ApiErrorCode;
export type ErrorCode = ApiErrorCode;

/** The code for an error that carries only an HTTP status (Fastify's own, or a plugin's). */
export function errorCodeForStatus(statusCode: number): ErrorCode {
  switch (statusCode) {
    case 401:
      return ErrorCode.unauthorized;
    case 403:
      return ErrorCode.forbidden;
    case 404:
      return ErrorCode.notFound;
    case 405:
      return ErrorCode.methodNotAllowed;
    case 413:
      return ErrorCode.payloadTooLarge;
    case 415:
      return ErrorCode.unsupportedMediaType;
    case 429:
      return ErrorCode.tooManyRequests;
    default:
      return statusCode >= 400 && statusCode < 500 ? ErrorCode.badRequest : ErrorCode.internal;
  }
}
