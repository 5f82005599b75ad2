/**
 * `/api/v1/bundles`: sync by file.
 * - `POST /bundles` (any staff of the school, online): imports a laptop's outbox bundle,
 *   sent as the file's bytes (`application/vnd.sandyq.bundle`). 200 with each batch's
 *   outcome, or `refused` for a file refused whole (cut, altered, another school's).
 * - `POST /bundles/pull/size` (the head): the exact bytes a pull bundle will take.
 * - `POST /bundles/pull` (the head): the pull bundle itself, streamed.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { Role } from '@/domain/roles';
import { readerKindOf, ReaderKind } from '@/sync/readAccess';
import {
  BUNDLE_MEDIA_TYPE,
  BundleError,
  MAX_OUTBOX_BUNDLE_BYTES,
  bytesSource,
  pullBundleRequestSchema,
  type ImportReport,
} from '@/sync/bundleFormat';
import type { Database } from '../storage/database';
import type { Authenticate } from '../auth/authenticate';
import type { BlobStore } from '../files/BlobStore';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';
import type { ServerClock } from '../sync/serverClock';
import { importOutboxBundle } from './importOutboxBundle';
import { measurePullBundle, writePullBundle } from './writePullBundle';
import { pullBundleSessions } from './pullBundleContent';

export interface BundleRoutesOptions {
  db: Database;
  clock: ServerClock;
  now: () => number;
  authenticate: Authenticate;
  blobs?: BlobStore;
}

export async function bundleRoutes(app: FastifyInstance, options: BundleRoutesOptions): Promise<void> {
  const { db, clock, now, authenticate } = options;
  app.addContentTypeParser(BUNDLE_MEDIA_TYPE, { parseAs: 'buffer', bodyLimit: MAX_OUTBOX_BUNDLE_BYTES }, (_request, body, done) => done(null, body));

  app.post('/api/v1/bundles', { bodyLimit: MAX_OUTBOX_BUNDLE_BYTES }, async (request, reply) => {
    const auth = await authenticate(request);
    if (readerKindOf(auth.roles) !== ReaderKind.schoolStaff) throw new ApiError(403, ErrorCode.forbidden, 'Only school staff import bundles');
    if (!Buffer.isBuffer(request.body)) throw new ApiError(415, ErrorCode.unsupportedMediaType, `Send the bundle as ${BUNDLE_MEDIA_TYPE}`);
    const bytes = new Uint8Array(request.body.buffer, request.body.byteOffset, request.body.byteLength);
    try {
      return reply.send(await importOutboxBundle({ db, clock, now }, bytesSource(bytes), auth.schoolId));
    } catch (error) {
      if (error instanceof BundleError) return reply.send({ bundleId: '', refused: error.problem, batches: [] } satisfies ImportReport);
      throw error;
    }
  });

  const headRequest = async (request: import('fastify').FastifyRequest) => {
    const auth = await authenticate(request);
    if (!auth.roles.includes(Role.head)) throw new ApiError(403, ErrorCode.forbidden, 'Only the head of the school exports pull bundles');
    const parsed = pullBundleRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, ErrorCode.badRequest, 'Invalid pull bundle request');
    const sessions = await pullBundleSessions(db, auth.schoolId, parsed.data.scope, now());
    return { schoolId: auth.schoolId, userId: auth.userId, request: parsed.data, sessions };
  };
  const deps = { db, clock, now, ...(options.blobs ? { blobs: options.blobs } : {}) };

  app.post('/api/v1/bundles/pull/size', async (request) => measurePullBundle(deps, await headRequest(request)));

  app.post('/api/v1/bundles/pull', { compress: false }, async (request, reply) => {
    const input = await headRequest(request);
    // Streamed without a length: measuring first read every row twice, and a sync landing
    // between the two reads would have made the announced length wrong and cut the download.
    return reply
      .header('content-type', BUNDLE_MEDIA_TYPE)
      .header('content-disposition', `attachment; filename="sandyq-pull-${input.request.scope.kind}.sqb"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(writePullBundle(deps, input)));
  });
}
