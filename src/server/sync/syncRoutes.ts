/**
 * POST /api/v1/sync (protocol v1, kept for laptops not yet updated) and POST /api/v2/sync
 * (syncV2Route.ts): one exchange of the sync protocol (src/sync/protocol.ts). The device's
 * batch is applied in one transaction first; then the answer streams as NDJSON: the
 * header (acknowledgement, rejections), pages of rows, the end line. The stream is compressed
 * and flushed line by line (flushedLineStream.ts); the request body is decompressed by the
 * compress plugin and parsed in pieces (jsonBodyParser.ts).
 */
import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION, SYNC_LIMITS, parseCursor, syncEnvelopeSchema, type SyncHeader, type SyncLine } from '@/sync/protocol';
import type { Database } from '../storage/database';
import type { AuthContext } from '../auth/authContext';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';
import { describeIssues } from '../errors/describeIssues';
import { applyPushBatch, seqsRiseStrictly } from './applyPushBatch';
import { countPullRows, pullRows } from './pullRows';
import { syncV2Route } from './syncV2Route';
import { drainOversizedBody } from '../http/drainOversizedBody';
import { sendFlushedLines } from '../http/flushedLineStream';
import { installJsonBodyParser } from '../http/jsonBodyParser';
import type { ServerClock } from './serverClock';

export interface SyncRouteDeps {
  db: Database;
  clock: ServerClock;
  authenticate(request: import('fastify').FastifyRequest): Promise<AuthContext | undefined>;
  now?: () => number;
}

export async function syncRoutes(app: FastifyInstance, deps: SyncRouteDeps): Promise<void> {
  const now = deps.now ?? Date.now;
  // A school day's body is half a megabyte: parsed in pieces, not as one string.
  installJsonBodyParser(app);
  app.post('/api/v1/sync', { bodyLimit: SYNC_LIMITS.maxBodyBytes, onRequest: drainOversizedBody() }, async (request, reply) => {
    const auth = await deps.authenticate(request);
    if (!auth) return reply; // authenticate has answered 401
    const ctx: AuthContext = auth;
    const parsed = syncEnvelopeSchema.safeParse(request.body);
    if (!parsed.success) {
      throw new ApiError(400, ErrorCode.badRequest, describeIssues(parsed.error.issues));
    }
    const body = parsed.data;
    if (body.protocol !== PROTOCOL_VERSION) {
      throw new ApiError(409, ErrorCode.protocolMismatch, `Server speaks protocol ${PROTOCOL_VERSION}`);
    }
    if (!seqsRiseStrictly(body.mutations)) {
      throw new ApiError(400, ErrorCode.badRequest, 'mutations must be in strictly increasing seq order');
    }
    const result = await applyPushBatch({ db: deps.db, clock: deps.clock, now }, ctx, body.deviceId, body.mutations);
    const fromSeqForCount = parseCursor(body.cursor);
    const remaining = body.pull !== false && fromSeqForCount === 0 ? await countPullRows(deps.db, ctx, body.deviceId, 0) : undefined;
    const header: SyncHeader = {
      type: 'header',
      protocol: PROTOCOL_VERSION,
      ackUpToSeq: result.ackUpToSeq,
      rejected: result.rejected,
      serverTime: now(),
      serverStamp: deps.clock.stamp(),
      ...(remaining !== undefined ? { remaining } : {}),
    };
    const fromSeq = parseCursor(body.cursor);
    const pull = body.pull !== false;
    async function* lines(): AsyncGenerator<string> {
      yield JSON.stringify(header) + '\n';
      if (!pull) {
        const end: SyncLine = { type: 'end', cursor: body.cursor ?? 'v1:0', hasMore: true };
        yield JSON.stringify(end) + '\n';
        return;
      }
      for await (const line of pullRows(deps.db, ctx, {
        deviceId: body.deviceId,
        fromSeq,
        rowsPerPage: SYNC_LIMITS.rowsPerPage,
        maxRows: SYNC_LIMITS.maxRowsPerResponse,
      })) {
        yield JSON.stringify(line) + '\n';
      }
    }
    reply.header('content-type', 'application/x-ndjson; charset=utf-8').header('cache-control', 'no-store');
    return sendFlushedLines(reply, request.headers['accept-encoding'], lines());
  });
  syncV2Route(app, deps);
}
