/**
 * `/api/v1/files/*` in the OpenAPI document: content-addressed resource files, uploaded in
 * resumable chunks and downloaded in ranges (src/sync/fileMessages.ts is the one source).
 */
import { ApiErrorCode } from '@/sync/protocol';
import { fileStatusSchema } from '@/sync/fileMessages';
import { errorResponse, unauthorizedResponse } from '../errorResponses';
import { jsonSchemaOf, ref } from '../jsonSchema';
import type { OpenApiSection } from '../openApiTypes';

const sha256Parameter = {
  name: 'sha256',
  in: 'path',
  required: true,
  description: 'The SHA-256 of the file bytes: 64 lowercase hex digits.',
  schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
};
const uploadOffset = { description: 'Bytes of the file the server holds: where the next chunk starts.', schema: { type: 'integer' } };
const fileHeaders = {
  ETag: { description: 'The hash, quoted.', schema: { type: 'string' } },
  'Cache-Control': { description: '`private, max-age=31536000, immutable`: a name never changes its bytes.', schema: { type: 'string' } },
  'Accept-Ranges': { description: '`bytes`.', schema: { type: 'string' } },
};
const json = { 'application/json': { schema: ref('FileStatus') } };
const badRequest = errorResponse('The name is not a SHA-256, or a header is malformed.', [ApiErrorCode.badRequest]);
const notFound = errorResponse('The school holds no such file (another school’s file is answered the same).', [ApiErrorCode.notFound]);
const forbidden = errorResponse('Only the head and teachers upload.', [ApiErrorCode.forbidden]);

export const filesSection: OpenApiSection = {
  tag: { name: 'files', description: "The school's resource files, named by the SHA-256 of their bytes." },
  schemas: { FileStatus: jsonSchemaOf(fileStatusSchema) },
  paths: {
    '/api/v1/files/{sha256}': {
      put: {
        tags: ['files'],
        parameters: [sha256Parameter],
        operationId: 'uploadFile',
        summary: 'Upload a file, whole or one chunk of it (resumable)',
        description:
          'The body is the raw bytes; `Content-Type` is the file type. Send the whole file, or chunks with ' +
          '`Content-Range: bytes start-end/total`, each starting at or before the `Upload-Offset` the server ' +
          'reports (bytes that reached the server before a cut are kept). The file is stored once complete ' +
          'and its SHA-256 equals its name. Head and teachers only. No `Content-Encoding`.',
        requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
        responses: {
          '200': {
            description: 'The school holds this file already; the body was not read.',
            headers: { 'Upload-Offset': uploadOffset },
            content: json,
          },
          '201': { description: 'Complete and verified: stored.', headers: { 'Upload-Offset': uploadOffset }, content: json },
          '202': { description: 'Chunk stored; the file is not complete yet.', headers: { 'Upload-Offset': uploadOffset }, content: json },
          '400': badRequest,
          '401': unauthorizedResponse,
          '403': forbidden,
          '409': errorResponse('The chunk starts past the bytes held (`Upload-Offset` says where).', [ApiErrorCode.uploadOffsetMismatch]),
          '413': errorResponse('The file is larger than the server accepts (named in `limit`).', [ApiErrorCode.payloadTooLarge]),
          '415': errorResponse('A Content-Encoding was sent, or Content-Type is not a media type.', [ApiErrorCode.unsupportedMediaType]),
          '422': errorResponse('Complete, but the bytes hash to another name: nothing was kept.', [ApiErrorCode.hashMismatch]),
        },
      },
      get: {
        tags: ['files'],
        parameters: [sha256Parameter],
        operationId: 'downloadFile',
        summary: 'Download a file of the school, whole or one byte range',
        description:
          'Everyone of the school may read its files, pupils too. `Range: bytes=a-b`, `bytes=a-` or `bytes=-n`; `If-None-Match` and `If-Range` with the ETag.',
        responses: {
          '200': { description: 'The whole file.', headers: fileHeaders, content: { '*/*': { schema: { type: 'string', format: 'binary' } } } },
          '206': {
            description: 'One range, with `Content-Range: bytes start-end/size`.',
            headers: { ...fileHeaders, 'Content-Range': { schema: { type: 'string' } } },
            content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
          },
          '304': { description: 'The device holds it already (`If-None-Match`).' },
          '400': badRequest,
          '401': unauthorizedResponse,
          '404': notFound,
          '416': errorResponse('Not one byte range within the file; `Content-Range: bytes */size`.', [ApiErrorCode.rangeNotSatisfiable]),
        },
      },
      head: {
        tags: ['files'],
        parameters: [sha256Parameter],
        operationId: 'getFileHeaders',
        summary: 'The GET headers without the body; to uploaders, the bytes held of an unfinished upload',
        responses: {
          '200': { description: 'Stored.', headers: { ...fileHeaders, 'Upload-Offset': uploadOffset } },
          '400': badRequest,
          '401': unauthorizedResponse,
          '404': {
            ...notFound,
            description: `${notFound.description as string} Uploaders get \`Upload-Offset\` of an unfinished upload (headers only).`,
          },
        },
      },
    },
    '/api/v1/files/{sha256}/status': {
      get: {
        tags: ['files'],
        parameters: [sha256Parameter],
        operationId: 'getUploadStatus',
        summary: 'How far an upload has come (head and teachers)',
        responses: {
          '200': { description: 'Stored, or the bytes held.', content: json },
          '400': badRequest,
          '401': unauthorizedResponse,
          '403': forbidden,
        },
      },
    },
  },
};
