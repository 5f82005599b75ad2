/**
 * The closed set of error codes the server answers with, in `{ error: { code, message } }`.
 * Clients switch on the code, never on the message (which is English, for people reading
 * logs). A shipped code is never renamed: add a new one instead.
 */
export const ErrorCode = {
  badRequest: 'bad_request',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  notFound: 'not_found',
  methodNotAllowed: 'method_not_allowed',
  payloadTooLarge: 'payload_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  tooManyRequests: 'too_many_requests',
  appNotBuilt: 'app_not_built',
  internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

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
