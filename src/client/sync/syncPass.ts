/**
 * One sync pass for one user: push that user's outbox in batches and pull until the device
 * holds the school's log head, one request per batch (push and pull ride together).
 *
 * Phases of each exchange:
 *   1. read the oldest batch and the stored cursor;
 *   2. header line: drop acknowledged entries, keep rejections, fold the server's stamp in;
 *   3. page lines: store each page with its cursor (a cut response resumes after it);
 *   4. end line: store the end cursor; go again while there is more to push or to pull.
 * Throws `SyncError`; whatever was stored before a failure stays stored.
 */
import { PROTOCOL_VERSION, type Rejection, type SyncEnd, type SyncRequest } from '@/sync/protocol';
import { SyncError, SyncFailure } from './syncErrors';
import type { SyncStore } from './syncStore';
import type { SyncTransport } from './syncTransport';

export interface SyncSession {
  userId: string;
  token: string;
}

export interface SyncProgress {
  pushed: number;
  pulled: number;
  /** Rows still to pull, when the server said (a first pull). */
  remaining?: number;
}

export interface SyncPassOptions {
  store: SyncStore;
  transport: SyncTransport;
  session: SyncSession;
  now: () => number;
  /** Pull as well as push (false: only drain this user's outbox). Default true. */
  pull?: boolean;
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?(progress: SyncProgress): void;
}

export interface SyncPassResult {
  pushed: number;
  pulled: number;
  requests: number;
  rejected: Rejection[];
  /** Device clock minus server clock, ms (positive: the device is ahead). */
  clockSkewMs: number;
}

export const DEFAULT_BATCH_SIZE = 2_000;

export async function runSyncPass(options: SyncPassOptions): Promise<SyncPassResult> {
  const { store, transport, session, now } = options;
  const pull = options.pull ?? true;
  const signal = options.signal ?? new AbortController().signal;
  let batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const result: SyncPassResult = { pushed: 0, pulled: 0, requests: 0, rejected: [], clockSkewMs: 0 };
  const deviceId = await store.deviceId();
  /** Rows of a first pull in all, from the first answer's header (for progress). */
  let firstPullTotal: number | undefined;

  for (;;) {
    // 1. The batch and the cursor.
    const mutations = await store.readBatch(session.userId, batchSize);
    const cursor = await store.readCursor();
    const request: SyncRequest = { protocol: PROTOCOL_VERSION, deviceId, mutations, cursor, pull, clientTime: now() };
    let end: SyncEnd | undefined;
    let sawHeader = false;
    let serverTime = now();
    try {
      result.requests += 1;
      for await (const line of transport.exchange(request, session.token, signal)) {
        if (line.type === 'header') {
          // 2. Acknowledgement, rejections, clock.
          if (line.protocol !== PROTOCOL_VERSION) throw new SyncError(SyncFailure.protocolMismatch, 'Protocol changed');
          sawHeader = true;
          serverTime = line.serverTime;
          await store.receiveServerTime(line);
          if (line.ackUpToSeq !== null) await store.acknowledge(session.userId, line.ackUpToSeq, line.rejected, line.serverStamp);
          result.clockSkewMs = request.clientTime - line.serverTime;
          result.rejected.push(...line.rejected);
          result.pushed += mutations.filter((m) => line.ackUpToSeq !== null && m.seq <= line.ackUpToSeq).length;
          if (line.remaining !== undefined) firstPullTotal = result.pulled + line.remaining;
        } else if (line.type === 'page') {
          // 3. A page of rows with its cursor, in one transaction.
          if (!sawHeader) throw new SyncError(SyncFailure.serverError, 'Page before header');
          await store.storePage(line.rows, line.cursor, serverTime);
          result.pulled += line.rows.length;
          options.onProgress?.({
            pushed: result.pushed,
            pulled: result.pulled,
            ...(firstPullTotal !== undefined ? { remaining: Math.max(0, firstPullTotal - result.pulled) } : {}),
          });
        } else {
          end = line;
        }
      }
    } catch (error) {
      if (error instanceof SyncError && error.status === 413 && batchSize > 1) {
        // The server's body limit is lower than this batch: halve it and go again.
        batchSize = Math.max(1, Math.floor(batchSize / 2));
        continue;
      }
      throw error;
    }
    if (!sawHeader || !end) throw new SyncError(SyncFailure.offline, 'The answer ended early');
    // 4. The end cursor; more to do?
    if (pull) await store.storeCursor(end.cursor);
    options.onProgress?.({ pushed: result.pushed, pulled: result.pulled });
    // A full batch may have been the last one: ask the outbox rather than send an empty
    // request (a round trip of 600 ms over a satellite link) to find out.
    // Changes re-stamped after a wrong clock (C4) wait in the outbox too: go again for them.
    const mayHaveMorePush =
      (mutations.length === batchSize || result.rejected.some((r) => r.reason === 'stampAhead' && mutations.some((m) => m.seq === r.seq))) &&
      (await store.countPending(session.userId)) > 0;
    if (!mayHaveMorePush && !(pull && end.hasMore)) return result;
  }
}
