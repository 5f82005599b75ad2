/**
 * Measures the link between this laptop and the Sandyq server with small bounded
 * transfers (the routes: src/sync/linkMessages.ts). Plain `fetch`, no database: the same
 * code runs in the browser and in the Node integration test over the link emulator.
 *
 * 1. Round trip: a series of pings, the least: a ping is only ever slowed (a new connection's
 *    handshake, a busy server), never sped up.
 * 2. Download: a 64 kB probe, then a transfer sized to last ~3 s at the probe's rate
 *    (capped at 2 MB); once more, larger, if that one was over too soon to trust. The rate
 *    is read from when the bytes arrived (`deliveryRate`), not from the total time.
 * 3. Upload: the same, with the rate the server saw the bytes arrive at.
 * At most 4 pings and 6 transfers: about 4-8 MB on a fast link, less on a slow one, and
 * about 10-20 s of the link's time. `bytesUsed` says what it cost.
 */
import { deliveryRate, type Arrival } from '@/sync/linkRate';
import { LINK_LIMITS, LINK_PATHS, pingAnswerSchema, upAnswerSchema } from '@/sync/linkMessages';
import { isConsistent, isTrusted, rateFromTiming, toMbps, transferBytesFor, TransferSize } from './measureArithmetic';

export interface MeasureLinkOptions {
  baseUrl: string;
  /** A signed-in staff member's session token. */
  token: string;
  fetch?: typeof fetch;
  /** A monotonic clock, ms. Default `performance.now`. */
  clock?: () => number;
  signal?: AbortSignal;
  /** How long a measuring transfer should last, s. Default 3. */
  targetSeconds?: number;
  pings?: number;
}

export interface LinkFigures {
  downMbps: number;
  upMbps: number;
  rttMs: number;
  /** Body bytes both ways, all requests of the measurement. */
  bytesUsed: number;
  /** Requests made (each also costs its headers, a few hundred bytes). */
  requests: number;
}

export const LinkMeasureFailure = {
  offline: 'offline',
  signedOut: 'signedOut',
  /** This laptop measured often enough for now (the server's per-device limit). */
  tooSoon: 'tooSoon',
  server: 'server',
} as const;
export type LinkMeasureFailure = (typeof LinkMeasureFailure)[keyof typeof LinkMeasureFailure];

export class LinkMeasureError extends Error {
  constructor(
    readonly failure: LinkMeasureFailure,
    message: string,
  ) {
    super(message);
    this.name = 'LinkMeasureError';
  }
}

/** Measuring transfers each way after the probe. */
const MAX_MEASURING_TRANSFERS = 2;

export async function measureLink(options: MeasureLinkOptions): Promise<LinkFigures> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const clock = options.clock ?? (() => performance.now());
  const target = options.targetSeconds ?? 3;
  const cap = LINK_LIMITS.maxTransferBytes;
  let bytesUsed = 0;
  let requests = 0;

  const request = async (path: string, init: RequestInit = {}): Promise<Response> => {
    requests++;
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${options.token}` },
        cache: 'no-store',
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') throw error;
      throw new LinkMeasureError(LinkMeasureFailure.offline, `The server could not be reached: ${String(error)}`);
    }
    if (response.ok) return response;
    await response.body?.cancel().catch(() => undefined);
    if (response.status === 401) throw new LinkMeasureError(LinkMeasureFailure.signedOut, 'Sign in again to measure the link');
    if (response.status === 429) throw new LinkMeasureError(LinkMeasureFailure.tooSoon, 'This laptop measured the link often enough for now');
    throw new LinkMeasureError(LinkMeasureFailure.server, `The server answered ${response.status}`);
  };

  // 1. Round trip.
  const trips: number[] = [];
  for (let i = 0; i < (options.pings ?? 4); i++) {
    const started = clock();
    const response = await request(LINK_PATHS.ping);
    const text = await response.text();
    trips.push(clock() - started);
    bytesUsed += text.length;
    if (!pingAnswerSchema.safeParse(JSON.parse(text)).success)
      throw new LinkMeasureError(LinkMeasureFailure.server, 'A ping answer of the wrong shape');
  }
  const rttMs = Math.min(...trips);

  /** The arrivals' rate if it fits the transfer's duration; otherwise the duration's, marked to measure again. */
  const judged = (fromArrivals: number | undefined, bytes: number, elapsed: number): Transfer => {
    const byTiming = rateFromTiming(bytes, elapsed, rttMs);
    if (fromArrivals === undefined) return { bitsPerSecond: byTiming, isConsistent: true };
    if (isConsistent(fromArrivals, bytes, elapsed, rttMs)) return { bitsPerSecond: fromArrivals, isConsistent: true };
    return { bitsPerSecond: byTiming, isConsistent: false };
  };

  // 2. Download.
  const download = async (bytes: number): Promise<Transfer> => {
    const started = clock();
    const response = await request(`${LINK_PATHS.down}?bytes=${bytes}`);
    const reader = response.body?.getReader();
    if (!reader) throw new LinkMeasureError(LinkMeasureFailure.server, 'A download without a body');
    const arrivals: Arrival[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      arrivals.push({ at: clock(), bytes: value.byteLength });
      received += value.byteLength;
    }
    bytesUsed += received;
    if (received !== bytes) throw new LinkMeasureError(LinkMeasureFailure.offline, `The download was cut at ${received} of ${bytes} bytes`);
    const elapsed = clock() - started;
    return judged(deliveryRate(arrivals), bytes, elapsed);
  };

  // 3. Upload.
  const upload = async (bytes: number): Promise<Transfer> => {
    const body = randomBody(bytes);
    const started = clock();
    const response = await request(LINK_PATHS.up, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body });
    const answer = upAnswerSchema.safeParse(await response.json());
    const elapsed = clock() - started;
    bytesUsed += bytes;
    if (!answer.success || answer.data.bytes !== bytes)
      throw new LinkMeasureError(LinkMeasureFailure.server, 'The server did not receive the whole upload');
    return judged(answer.data.bitsPerSecond, bytes, elapsed);
  };

  const downBits = await sized(download, cap, target);
  const upBits = await sized(upload, cap, target);
  return { downMbps: toMbps(downBits), upMbps: toMbps(upBits), rttMs: Math.round(rttMs), bytesUsed, requests };
}

/**
 * A probe, then transfers sized from the rate seen so far (each at least twice the last),
 * until one carried enough bytes to last `MIN_TRUSTED_SECONDS` at its own rate, or the cap.
 * Judged by bytes, not by the time taken: a loss stall makes a short transfer take long.
 */
async function sized(transfer: (bytes: number) => Promise<Transfer>, cap: number, target: number): Promise<number> {
  let bytes: number = TransferSize.probeBytes;
  let bitsPerSecond = (await transfer(bytes)).bitsPerSecond;
  for (let i = 0; i < MAX_MEASURING_TRANSFERS; i++) {
    bytes = transferBytesFor(bitsPerSecond, target, cap, Math.min(cap, Math.max(TransferSize.minBytes, bytes * 2)));
    const seen = await transfer(bytes);
    bitsPerSecond = seen.bitsPerSecond;
    if (seen.isConsistent && isTrusted(bytes, bitsPerSecond, cap)) break;
  }
  return bitsPerSecond;
}

interface Transfer {
  bitsPerSecond: number;
  /** The arrivals' rate fit the duration (or there was none to judge). */
  isConsistent: boolean;
}

/** Random bytes, so nothing on the way can compress the upload. */
function randomBody(bytes: number): Uint8Array<ArrayBuffer> {
  const body = new Uint8Array(bytes);
  // getRandomValues fills at most 65,536 bytes a call.
  for (let offset = 0; offset < bytes; offset += 65_536) globalThis.crypto.getRandomValues(body.subarray(offset, Math.min(bytes, offset + 65_536)));
  return body;
}
