/** `/api/v1/link/*` (the connectivity monitor's measurements) in the OpenAPI document, from linkMessages.ts. */
import { ApiErrorCode } from '@/sync/protocol';
import { LINK_LIMITS, pingAnswerSchema, upAnswerSchema } from '@/sync/linkMessages';
import { errorResponse, unauthorizedResponse } from '../errorResponses';
import { jsonSchemaOf, ref } from '../jsonSchema';
import type { OpenApiSection } from '../openApiTypes';

const forbidden = errorResponse("Not a member of the school's staff (head, teacher, assistant).", [
  ApiErrorCode.forbidden,
  ApiErrorCode.passwordChangeRequired,
]);
const rateLimited = {
  ...errorResponse('This device measured often enough for now (per-device limit).', [ApiErrorCode.tooManyRequests]),
  headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
};
const common = { '401': unauthorizedResponse, '403': forbidden, '429': rateLimited };

export const linkSection: OpenApiSection = {
  tag: {
    name: 'link',
    description: `Speed measurement of the school's link: small bounded transfers (at most ${LINK_LIMITS.maxTransferBytes} bytes each), never cached nor compressed. Staff only, limited per device.`,
  },
  schemas: {
    PingAnswer: jsonSchemaOf(pingAnswerSchema),
    UpAnswer: jsonSchemaOf(upAnswerSchema),
  },
  paths: {
    '/api/v1/link/ping': {
      get: {
        tags: ['link'],
        operationId: 'linkPing',
        summary: 'A tiny answer, for the round trip',
        responses: { '200': { description: 'The server clock.', content: { 'application/json': { schema: ref('PingAnswer') } } }, ...common },
      },
    },
    '/api/v1/link/down': {
      get: {
        tags: ['link'],
        operationId: 'linkDown',
        summary: 'N random bytes, for the download speed',
        parameters: [{ name: 'bytes', in: 'query', required: true, schema: { type: 'integer', minimum: 1, maximum: LINK_LIMITS.maxTransferBytes } }],
        responses: {
          '200': {
            description: 'Exactly `bytes` random bytes.',
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
          '400': errorResponse('`bytes` is not a whole number from 1 to the cap.', [ApiErrorCode.badRequest]),
          ...common,
        },
      },
    },
    '/api/v1/link/up': {
      post: {
        tags: ['link'],
        operationId: 'linkUp',
        summary: 'Read and discard a body, for the upload speed',
        requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
        responses: {
          '200': {
            description: 'How many bytes arrived, and the rate the server saw them arrive at.',
            content: { 'application/json': { schema: ref('UpAnswer') } },
          },
          '413': errorResponse('The body is over the cap (`limit` names it).', [ApiErrorCode.payloadTooLarge]),
          '415': errorResponse('A Content-Encoding: send the bytes as they are.', [ApiErrorCode.unsupportedMediaType]),
          ...common,
        },
      },
    },
  },
};
