import type { ErrorCode } from './errorCode';

/** The one shape of every error response body; `limit` only for payload_too_large. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; limit?: number };
}

export function errorBody(code: ErrorCode, message: string, limit?: number): ErrorBody {
  return { error: { code, message, ...(limit !== undefined ? { limit } : {}) } };
}
