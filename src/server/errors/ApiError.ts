import type { ErrorCode } from './errorCode';

/**
 * An error a route throws on purpose: the error handler answers with its status and code.
 * Anything else thrown is a bug and answers 500 `internal_error` without details.
 * `limit` names the limit a 413 `payload_too_large` exceeded, so a client can size down.
 */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly limit?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
