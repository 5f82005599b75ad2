/**
 * POST /api/v2/sync: one exchange of sync protocol v2 (src/sync/protocolV2.ts). The request
 * is authenticated by its `Authorization` header (the signed-in user, whose pull it is);
 * then each batch on its own, in order: its token authenticated (none: the header's user),
 * its changes decoded into the v1 shape and screened, applied in a transaction of its own.
 * A batch that fails (a bad token, a malformed batch, a device bound to another laptop, a
 * database error) is answered with its refusal and the other batches still go through.
 * Then the answer streams as v1's does: header, pages of rows, end.
 */
import type { FastifyInstance } from 'fastify';
import { SYNC_LIMITS, parseCursor, type Rejection } from '@/sync/protocol';
import {
  BATCH_REFUSALS,
  PROTOCOL_V2,
  SYNC_V2_LIMITS,
  SYNC_V2_PATH,
  pushBatchEnvelopeSchema,
  rawChangeFromWire,
  rejectionToWire,
  syncEnvelopeV2Schema,
  type BatchAnswer,
  type BatchRefusal,
  type SyncHeaderV2,
  type SyncLineV2,
} from '@/sync/protocolV2';
import type { AuthContext } from '../auth/authContext';
import { authenticateTokens } from '../auth/authenticateTokens';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';
import { describeIssues } from '../errors/describeIssues';
import { drainOversizedBody } from '../http/drainOversizedBody';
import { sendFlushedLines } from '../http/flushedLineStream';
import { seqsRiseStrictly } from './applyPushBatch';
import { applyPushBatches, type PersonBatch } from './applyPushBatches';
import type { ApplyResult } from './applyMutations';
import { encodePullLinesV2 } from './encodePullLinesV2';
import { countPullRows, pullRows } from './pullRows';
import type { SyncRouteDeps } from './syncRoutes';

export function syncV2Route(app: FastifyInstance, deps: SyncRouteDeps): void {
  const now = deps.now ?? Date.now;

  app.post(SYNC_V2_PATH, { bodyLimit: SYNC_LIMITS.maxBodyBytes, onRequest: drainOversizedBody() }, async (request, reply) => {
    const auth = await deps.authenticate(request);
    if (!auth) return reply; // authenticate has answered 401
    const signedIn: AuthContext = auth;
    const parsed = syncEnvelopeV2Schema.safeParse(request.body);
    if (!parsed.success) {
      throw new ApiError(400, ErrorCode.badRequest, describeIssues(parsed.error.issues));
    }
    const body = parsed.data;
    if (body.protocol !== PROTOCOL_V2) throw new ApiError(409, ErrorCode.protocolMismatch, `Server speaks protocol ${PROTOCOL_V2} here`);
    const total = body.batches.reduce<number>((n, b) => n + (isObject(b) && Array.isArray(b.changes) ? b.changes.length : 0), 0);
    if (total > SYNC_V2_LIMITS.maxMutations) {
      throw new ApiError(413, ErrorCode.payloadTooLarge, `At most ${SYNC_V2_LIMITS.maxMutations} changes a request`, SYNC_V2_LIMITS.maxMutations);
    }

    // The signed-in user's own batch first: it binds a device id new to the server to this
    // session's laptop (as v1 does), so no other batch can claim the device before it.
    // The answers keep the request's order.
    const answers: BatchAnswer[] = new Array<BatchAnswer>(body.batches.length);
    const isOwn = (b: unknown) => isObject(b) && b.token === undefined;
    const order = [...body.batches.keys()].sort((a, b) => Number(!isOwn(body.batches[a])) - Number(!isOwn(body.batches[b])));
    // Every batch authenticated first, then all applied in one transaction (applyPushBatches.ts:
    // one commit for the laptop's day; a failure falls back to each batch alone).
    // Each batch's own token checked as the header's would be (sessionRefusal: expiry,
    // revocation, a disabled account, sliding expiry), all of them in one statement.
    const envelopes = order.map((i) => ({ index: i, envelope: pushBatchEnvelopeSchema.safeParse(body.batches[i]) }));
    const tokens = envelopes.flatMap(({ envelope }) => (envelope.success && envelope.data.token !== undefined ? [envelope.data.token] : []));
    // A fault of the lookup refuses the token batches (internal), not the signed-in user's own.
    const tokenAnswers =
      tokens.length === 0 ? [] : await authenticateTokens(deps.db, now(), tokens).catch((error: unknown) => tokens.map(() => error));
    let nextToken = 0;
    const prepared: Array<{ index: number; batch: PersonBatch }> = [];
    for (const { index, envelope } of envelopes) {
      const ctx = envelope.success ? (envelope.data.token === undefined ? signedIn : tokenAnswers[nextToken++]!) : undefined;
      const batch = prepareBatch(envelope, ctx);
      if ('ctx' in batch) prepared.push({ index, batch });
      else answers[index] = batch;
    }
    const results = await applyPushBatches(
      { db: deps.db, clock: deps.clock, now },
      body.deviceId,
      prepared.map((p) => p.batch),
    );
    results.forEach((result, k) => (answers[prepared[k]!.index] = answerOf(prepared[k]!.batch.ctx, result)));

    function refuse(refused: BatchRefusal): BatchAnswer {
      return { ackUpToSeq: null, rejected: [], refused };
    }

    function refusalOf(error: unknown): BatchAnswer {
      if (error instanceof ApiError)
        return refuse((BATCH_REFUSALS as readonly string[]).includes(error.code) ? (error.code as BatchRefusal) : ErrorCode.badRequest);
      // A fault of this batch (its transaction rolled back) must not cost the others theirs.
      request.log.error({ err: error }, 'sync batch failed');
      return refuse(ErrorCode.internal);
    }

    function prepareBatch(batch: ReturnType<typeof pushBatchEnvelopeSchema.safeParse>, auth: AuthContext | unknown): PersonBatch | BatchAnswer {
      if (!batch.success || !seqsRiseStrictly(batch.data.changes)) return refuse(ErrorCode.badRequest);
      if (!isAuthContext(auth)) return auth === undefined ? refuse(ErrorCode.unauthorized) : refusalOf(auth);
      const ctx = auth;
      try {
        return { ctx, changes: batch.data.changes.map((c) => rawChangeFromWire(c, ctx.schoolId)) };
      } catch (error) {
        return refusalOf(error);
      }
    }

    function answerOf(ctx: AuthContext, result: ApplyResult | Error): BatchAnswer {
      if (result instanceof Error) return refusalOf(result);
      return {
        ackUpToSeq: result.ackUpToSeq,
        rejected: result.rejected.map((r: Rejection) => rejectionToWire(r)),
        ...(ctx.schoolId !== signedIn.schoolId ? { schoolId: ctx.schoolId } : {}),
      };
    }

    const pull = body.pull !== false;
    const fromSeq = parseCursor(body.cursor);
    const remaining = pull && fromSeq === 0 ? await countPullRows(deps.db, signedIn, body.deviceId, 0) : undefined;
    const header: SyncHeaderV2 = {
      type: 'header',
      protocol: PROTOCOL_V2,
      schoolId: signedIn.schoolId,
      batches: answers,
      serverTime: now(),
      serverStamp: deps.clock.stamp(),
      ...(remaining !== undefined ? { remaining } : {}),
    };
    async function* lines(): AsyncGenerator<string> {
      yield JSON.stringify(header) + '\n';
      if (!pull) {
        const end: SyncLineV2 = { type: 'end', cursor: body.cursor ?? 'v1:0', hasMore: true };
        yield JSON.stringify(end) + '\n';
        return;
      }
      const pulled = pullRows(deps.db, signedIn, {
        deviceId: body.deviceId,
        fromSeq,
        rowsPerPage: SYNC_LIMITS.rowsPerPage,
        maxRows: SYNC_LIMITS.maxRowsPerResponse,
      });
      for await (const line of encodePullLinesV2(pulled)) yield JSON.stringify(line) + '\n';
    }
    reply.header('content-type', 'application/x-ndjson; charset=utf-8').header('cache-control', 'no-store');
    return sendFlushedLines(reply, request.headers['accept-encoding'], lines());
  });
}

/** authenticateTokens answers a context or an error; anything else (an Error thrown) is no context. */
function isAuthContext(value: unknown): value is AuthContext {
  return isObject(value) && !(value instanceof Error) && typeof value.userId === 'string';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}
