/**
 * `/api/v1/link/*`: the speed-measurement routes (the exchange: src/sync/linkMessages.ts).
 * Signed-in staff only (whoever may record a link measurement), limited per device
 * (linkLimits.ts). Bodies are never parsed nor compressed: an upload's stream is counted
 * and discarded, a download is raw random bytes.
 */
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { mayWrite } from '@/sync/tableRules';
import { deliveryRate, type Arrival } from '@/sync/linkRate';
import { downQuerySchema, LINK_LIMITS, type PingAnswer, type UpAnswer } from '@/sync/linkMessages';
import type { Authenticate } from '../auth/authenticate';
import type { AuthContext } from '../auth/authContext';
import { DatabaseRateCounter } from '../auth/DatabaseRateCounter';
import { ApiError } from '../errors/ApiError';
import { describeIssues } from '../errors/describeIssues';
import { ErrorCode } from '../errors/errorCode';
import type { Database } from '../storage/database';
import { DEFAULT_LINK_RATE_LIMITS, type LinkRateLimits } from './linkLimits';
import { randomPayload } from './linkPayload';

export interface LinkRoutesOptions {
  db: Database;
  now: () => number;
  authenticate: Authenticate;
  limits?: LinkRateLimits;
}

export async function linkRoutes(app: FastifyInstance, options: LinkRoutesOptions): Promise<void> {
  const { db, now, authenticate } = options;
  const limits = options.limits ?? DEFAULT_LINK_RATE_LIMITS;
  const transfers = new DatabaseRateCounter(db, 'link-transfer', limits.transfers);
  const pings = new DatabaseRateCounter(db, 'link-ping', limits.pings);

  // Scoped to this plugin: every body reaches the upload as its raw stream.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    // An upload refused before its body was read: close rather than read the rest.
    if (request.method === 'POST' && !request.raw.complete) reply.header('connection', 'close');
    return payload;
  });

  /** Who may measure: throws 401/403. */
  async function staffOnly(request: FastifyRequest): Promise<AuthContext> {
    const auth = await authenticate(request);
    if (!mayWrite(auth.roles, 'linkMeasurements')) throw new ApiError(403, ErrorCode.forbidden, "Only the school's staff measure its link");
    return auth;
  }

  /** Counts one use by the session's device, or throws 429 with Retry-After. */
  async function take(auth: AuthContext, reply: FastifyReply, counter: DatabaseRateCounter): Promise<void> {
    const wait = await counter.take(`${auth.schoolId}/${auth.sessionDeviceId ?? auth.userId}`, now());
    if (wait > 0) {
      const seconds = Math.max(1, Math.ceil(wait / 1000));
      reply.header('retry-after', String(seconds));
      throw new ApiError(429, ErrorCode.tooManyRequests, `This laptop measured the link often enough: try again in ${seconds} s`);
    }
  }

  const raw = { compress: false, decompress: false } as const;

  app.get('/link/ping', raw, async (request, reply): Promise<PingAnswer> => {
    await take(await staffOnly(request), reply, pings);
    return { at: now() };
  });

  app.get('/link/down', { ...raw, exposeHeadRoute: false }, async (request, reply) => {
    const auth = await staffOnly(request);
    // The query is checked before anything is counted: a refused size costs the device nothing.
    const query = downQuerySchema.safeParse(request.query);
    if (!query.success) throw new ApiError(400, ErrorCode.badRequest, describeIssues(query.error.issues));
    await take(auth, reply, transfers);
    return reply.header('content-type', 'application/octet-stream').send(randomPayload(query.data.bytes));
  });

  app.post('/link/up', raw, async (request, reply): Promise<UpAnswer> => {
    const auth = await staffOnly(request);
    const cap = LINK_LIMITS.maxTransferBytes;
    const announced = request.headers['content-length'];
    if (announced !== undefined && !(Number(announced) <= cap)) {
      throw new ApiError(413, ErrorCode.payloadTooLarge, `An upload measurement sends at most ${cap} bytes`, cap);
    }
    const encoding = request.headers['content-encoding'];
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
      throw new ApiError(415, ErrorCode.unsupportedMediaType, 'Send the bytes as they are, without Content-Encoding');
    }
    await take(auth, reply, transfers);
    const body = request.body as Readable | undefined;
    const arrivals: Arrival[] = [];
    let bytes = 0;
    if (body) {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        // A body without a length that runs past the cap: stop reading, answer, close.
        if (bytes > cap) throw new ApiError(413, ErrorCode.payloadTooLarge, `An upload measurement sends at most ${cap} bytes`, cap);
        arrivals.push({ at: performance.now(), bytes: chunk.length });
      }
    }
    const bitsPerSecond = deliveryRate(arrivals);
    return { bytes, ...(bitsPerSecond !== undefined ? { bitsPerSecond } : {}) };
  });
}
