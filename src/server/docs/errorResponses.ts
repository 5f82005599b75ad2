/**
 * The error body every failing request answers with (`{ error: { code, message } }`, codes
 * from the closed `ApiErrorCode` set) and ready-made OpenAPI responses that use it.
 */
import { ApiErrorCode } from '@/sync/protocol';
import { ref } from './jsonSchema';
import type { JsonSchema } from './openApiTypes';

export const errorBodySchema: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.values(ApiErrorCode), description: 'Stable: clients switch on it.' },
        message: { type: 'string', description: 'English, for people reading logs; never parsed.' },
        limit: { type: 'integer', description: 'For payload_too_large: the limit that was exceeded.' },
      },
    },
  },
};

/** An error response described by its meaning and the codes it may carry. */
export function errorResponse(description: string, codes: readonly ApiErrorCode[]): Record<string, unknown> {
  return {
    description: `${description} Codes: ${codes.map((c) => `\`${c}\``).join(', ')}.`,
    content: { 'application/json': { schema: ref('ErrorBody') } },
  };
}

export const unauthorizedResponse = errorResponse('No valid session: sign in again.', [
  ApiErrorCode.unauthorized,
  ApiErrorCode.tokenExpired,
  ApiErrorCode.tokenRevoked,
]);
export const badRequestResponse = errorResponse('The body is not valid.', [ApiErrorCode.badRequest]);
