/**
 * `POST /api/v1/sync` in the OpenAPI document: the request from `syncRequestSchema`, the
 * answer as NDJSON lines of `syncLineSchema` (src/sync/protocol.ts is the one source).
 */
import { ApiErrorCode, SYNC_LIMITS, syncLineSchema, syncRequestSchema } from '@/sync/protocol';
import { badRequestResponse, errorResponse, unauthorizedResponse } from '../errorResponses';
import { jsonSchemaOf, ref } from '../jsonSchema';
import type { OpenApiSection } from '../openApiTypes';

export const syncSection: OpenApiSection = {
  tag: { name: 'sync', description: 'One exchange of the sync protocol: push the outbox, pull changes since the cursor.' },
  schemas: {
    SyncRequest: jsonSchemaOf(syncRequestSchema, 'input'),
    SyncLine: jsonSchemaOf(syncLineSchema),
  },
  paths: {
    '/api/v1/sync': {
      post: {
        tags: ['sync'],
        operationId: 'sync',
        summary: 'Push a batch of mutations and pull the rows changed since a cursor',
        description:
          'The batch is applied in one transaction, idempotently per (device, user) stream: resending is always safe. ' +
          'The answer streams as NDJSON, one `SyncLine` per line: a `header` (acknowledgement and rejections), ' +
          '`page` lines of rows each with the cursor safe to store once its rows are stored, then an `end` line. ' +
          `The body may be gzip-compressed (\`Content-Encoding: gzip\`); at most ${SYNC_LIMITS.maxMutations} mutations ` +
          `and ${SYNC_LIMITS.maxBodyBytes} bytes decompressed.`,
        requestBody: { required: true, content: { 'application/json': { schema: ref('SyncRequest') } } },
        responses: {
          '200': {
            description: 'NDJSON: one `SyncLine` a line (header, pages, end). Compressed when the device accepts it.',
            content: { 'application/x-ndjson': { schema: ref('SyncLine') } },
          },
          '400': badRequestResponse,
          '401': unauthorizedResponse,
          '409': errorResponse('The device speaks another protocol version.', [ApiErrorCode.protocolMismatch]),
          '413': errorResponse('The body or the batch is over its limit (named in `limit`).', [ApiErrorCode.payloadTooLarge]),
        },
      },
    },
  },
};
