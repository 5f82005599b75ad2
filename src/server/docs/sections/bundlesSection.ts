/**
 * `/api/v1/bundles*` in the OpenAPI document: sync by file (USB). The file's layout is
 * src/sync/bundleFormat.ts, the one source for both ends.
 */
import { ApiErrorCode } from '@/sync/protocol';
import { BUNDLE_MEDIA_TYPE, importReportSchema, pullBundleRequestSchema, pullBundleSizeSchema } from '@/sync/bundleFormat';
import { badRequestResponse, errorResponse, unauthorizedResponse } from '../errorResponses';
import { jsonSchemaOf, ref } from '../jsonSchema';
import type { OpenApiSection } from '../openApiTypes';

const headOnly = errorResponse('Only the head of the school exports pull bundles.', [ApiErrorCode.forbidden]);
const pullRequestBody = { required: true, content: { 'application/json': { schema: ref('PullBundleRequest') } } };

export const bundlesSection: OpenApiSection = {
  tag: { name: 'bundles', description: 'Sync by file: a laptop with no link carries its changes, or takes the school, on a USB drive.' },
  schemas: {
    BundleImportReport: jsonSchemaOf(importReportSchema),
    PullBundleRequest: jsonSchemaOf(pullBundleRequestSchema),
    PullBundleSize: jsonSchemaOf(pullBundleSizeSchema),
  },
  paths: {
    '/api/v1/bundles': {
      post: {
        tags: ['bundles'],
        operationId: 'importOutboxBundle',
        summary: "Import a laptop's outbox bundle",
        description:
          'Any staff member of the school, online, sends a file another laptop wrote. The whole file is checked ' +
          'against its SHA-256 first. Each user batch is applied through the sync push path with its author’s ' +
          'rights, if its HMAC signature holds under a live session of that author: idempotent per (device, user, seq), ' +
          'so the same file twice changes nothing.',
        requestBody: { required: true, content: { [BUNDLE_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } } },
        responses: {
          '200': {
            description:
              'Each batch’s outcome; or `refused` (batches empty, nothing applied): the file is cut or altered (checksum), not a bundle, of another school, or of the wrong kind.',
            content: { 'application/json': { schema: ref('BundleImportReport') } },
          },
          '401': unauthorizedResponse,
          '403': errorResponse('Only school staff import bundles.', [ApiErrorCode.forbidden]),
          '413': errorResponse('The file is larger than one import takes.', [ApiErrorCode.payloadTooLarge]),
          '415': errorResponse(`Send the bytes as ${BUNDLE_MEDIA_TYPE}.`, [ApiErrorCode.unsupportedMediaType]),
        },
      },
    },
    '/api/v1/bundles/pull/size': {
      post: {
        tags: ['bundles'],
        operationId: 'measurePullBundle',
        summary: 'The exact size of a pull bundle, before writing it',
        requestBody: pullRequestBody,
        responses: {
          '200': { description: 'Rows, files and bytes.', content: { 'application/json': { schema: ref('PullBundleSize') } } },
          '400': badRequestResponse,
          '401': unauthorizedResponse,
          '403': headOnly,
        },
      },
    },
    '/api/v1/bundles/pull': {
      post: {
        tags: ['bundles'],
        operationId: 'writePullBundle',
        summary: 'A pull bundle: the rows a scope reads and the files of chosen lessons',
        requestBody: pullRequestBody,
        responses: {
          '200': { description: 'The bundle file, streamed.', content: { [BUNDLE_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } } },
          '400': badRequestResponse,
          '401': unauthorizedResponse,
          '403': headOnly,
        },
      },
    },
  },
};
