/**
 * `POST /api/v1/sync` and `POST /api/v2/sync` in the OpenAPI document: the requests from
 * `syncRequestSchema` and `syncRequestV2Schema`, the answers as NDJSON lines of
 * `syncLineSchema` and `syncLineV2Schema` (src/sync/protocol.ts and protocolV2.ts are the
 * one source).
 */
import { ApiErrorCode, SYNC_LIMITS, syncLineSchema, syncRequestSchema } from '@/sync/protocol';
import { SYNC_V2_LIMITS, SYNC_V2_PATH, syncLineV2Schema, syncRequestV2Schema } from '@/sync/protocolV2';
import { badRequestResponse, errorResponse, unauthorizedResponse } from '../errorResponses';
import { jsonSchemaOf, ref } from '../jsonSchema';
import type { OpenApiSection } from '../openApiTypes';

export const syncSection: OpenApiSection = {
  tag: { name: 'sync', description: 'One exchange of the sync protocol: push the outbox, pull changes since the cursor.' },
  schemas: {
    SyncRequest: jsonSchemaOf(syncRequestSchema, 'input'),
    SyncLine: jsonSchemaOf(syncLineSchema),
    SyncRequestV2: jsonSchemaOf(syncRequestV2Schema, 'input'),
    SyncLineV2: jsonSchemaOf(syncLineV2Schema),
  },
  paths: {
    '/api/v1/sync': {
      post: {
        tags: ['sync'],
        operationId: 'sync',
        summary: "Protocol v1 (laptops not yet updated): push one user's batch and pull the rows changed since a cursor",
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
    [SYNC_V2_PATH]: {
      post: {
        tags: ['sync'],
        operationId: 'syncV2',
        summary: 'Protocol v2: push the changes of every person waiting on a laptop, each batch with its own token, and pull',
        description:
          'The `Authorization` header authenticates the signed-in user, whose pull it is and whose batch carries no token. ' +
          "Every other batch carries its user's own session token and is authenticated, authorized and applied on its own, " +
          'idempotently per (device, user) stream, in a transaction of its own: a batch whose token is expired or revoked, or ' +
          'that is malformed, is refused alone (`refused` in its answer) and the others are applied. The header answers each ' +
          "batch in the request's order. Changes and rows carry one stamp per write (`stamp`) with per-field overrides " +
          '(`stamps`), and no school id (the header names it). ' +
          `At most ${SYNC_V2_LIMITS.maxBatches} batches and ${SYNC_V2_LIMITS.maxMutations} changes in all, ` +
          `${SYNC_LIMITS.maxBodyBytes} bytes decompressed.`,
        requestBody: { required: true, content: { 'application/json': { schema: ref('SyncRequestV2') } } },
        responses: {
          '200': {
            description: 'NDJSON: one `SyncLineV2` a line (header with one answer per batch, pages, end).',
            content: { 'application/x-ndjson': { schema: ref('SyncLineV2') } },
          },
          '400': badRequestResponse,
          '401': unauthorizedResponse,
          '409': errorResponse('The device speaks another protocol version: the app must update.', [ApiErrorCode.protocolMismatch]),
          '413': errorResponse('The body or the changes in all are over their limit (named in `limit`).', [ApiErrorCode.payloadTooLarge]),
        },
      },
    },
  },
};
