import type { ErrorCode } from './errorCode';

/**
 * An error a route throws on purpose: the error handler answers with its status and code.
 * Anything else thrown is a bug and answers 500 `internal_error` without details.
 */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
