/**
 * One sync pass: push the signed-in user's outbox and, in the same requests, the waiting
 * changes of every other person of the laptop (`others`, each batch with its own token),
 * and pull until the device holds the school's log head (push and pull ride together).
 * A shared laptop's school day is one request, not one per person.
 *
 * Phases of each exchange:
 *   1. read the oldest changes of each person, up to `batchSize` in all, and the cursor;
 *   2. header line: per batch, drop acknowledged entries and keep rejections (a batch
 *      refused whole, e.g. an expired token, leaves that person's outbox as it was and
 *      is left out of the rest of the pass); fold the server's stamp in;
 *   3. page lines: store each page with its cursor (a cut response resumes after it),
 *      while the next pages stream in (`pageWriter.ts`);
 *   4. end line: store the end cursor; go again while there is more to push or to pull.
 * Throws `SyncError`; whatever was stored before a failure stays stored.
 */
import type { Mutation, Rejection, SyncEnd } from '@/sync/protocol';
import { SyncError, SyncFailure } from './syncErrors';
import type { SyncStore } from './syncStore';
import type { ExchangeBatch, SyncExchange, SyncTransport } from './syncTransport';
import { pageWriter, type PageWriter } from './pageWriter';

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

/** Another person of the laptop whose waiting changes ride along (push only). */
export interface PushSource {
  session: SyncSession;
  /** The database their outbox is in (a pupil's profile may share the signed-in user's). */
  store: SyncStore;
}

/** What became of one other person's changes in a pass. */
export interface PushOutcome {
  userId: string;
  pushed: number;
  rejected: Rejection[];
  /** Their batch was refused whole (signedOut: their token is expired or revoked); their outbox is untouched. */
  failure?: SyncFailure;
}

export interface SyncPassOptions {
  store: SyncStore;
  transport: SyncTransport;
  /** The signed-in user: the request's token, and whose pull it is. */
  session: SyncSession;
  /** Other people of the laptop whose changes go in the same requests. */
  others?: readonly PushSource[];
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
  /** Per other person (`others`), in their order (always set by `runSyncPass`). */
  others?: PushOutcome[];
}

/** A refused batch's code, as the failure the app acts on. */
function failureOfRefusal(code: string): SyncFailure {
  if (code === 'token_expired' || code === 'token_revoked' || code === 'unauthorized') return SyncFailure.signedOut;
  if (code === 'internal_error') return SyncFailure.serverError;
  return SyncFailure.refused;
}

export const DEFAULT_BATCH_SIZE = 2_000;

export async function runSyncPass(options: SyncPassOptions): Promise<SyncPassResult> {
  const { store, transport, session, now } = options;
  const pull = options.pull ?? true;
  const signal = options.signal ?? new AbortController().signal;
  let batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const others: PushOutcome[] = (options.others ?? []).map((o) => ({ userId: o.session.userId, pushed: 0, rejected: [] }));
  const result: SyncPassResult = { pushed: 0, pulled: 0, requests: 0, rejected: [], clockSkewMs: 0, others };
  const deviceId = await store.deviceId();
  /** Rows of a first pull in all, from the first answer's header (for progress). */
  let firstPullTotal: number | undefined;
  /** The signed-in user first (no token: the request's own), then the others still in the pass. */
  const sources = [
    { session, store, outcome: undefined as PushOutcome | undefined, token: undefined as string | undefined },
    ...(options.others ?? []).map((o, i) => ({ session: o.session, store: o.store, outcome: others[i], token: o.session.token })),
  ];

  for (;;) {
    // 1. The batches, oldest changes first and `batchSize` in all, and the cursor.
    const sent: Array<{ source: (typeof sources)[number]; mutations: Mutation[] }> = [];
    let room = batchSize;
    for (const source of sources) {
      if (room === 0) break;
      if (source.outcome?.failure) continue;
      const mutations = await source.store.readBatch(source.session.userId, room);
      // The signed-in user's batch goes even when empty, as v1's request did: the server
      // binds the device to this session's laptop with it before any other batch.
      if (mutations.length === 0 && source.outcome) continue;
      sent.push({ source, mutations });
      room -= mutations.length;
    }
    const cursor = await store.readCursor();
    const batches: ExchangeBatch[] = sent.map(({ source, mutations }) => ({
      ...(source.token !== undefined ? { token: source.token } : {}),
      mutations,
    }));
    const request: SyncExchange = { deviceId, batches, cursor, pull, clientTime: now() };
    let end: SyncEnd | undefined;
    let sawHeader = false;
    let serverTime = now();
    let restamped = false;
    let writer: PageWriter | undefined;
    const onStored = (rows: number) => {
      result.pulled += rows;
      options.onProgress?.({
        pushed: result.pushed,
        pulled: result.pulled,
        ...(firstPullTotal !== undefined ? { remaining: Math.max(0, firstPullTotal - result.pulled) } : {}),
      });
    };
    try {
      result.requests += 1;
      for await (const line of transport.exchange(request, session.token, signal)) {
        if (line.type === 'header') {
          // 2. Per batch: acknowledgement, rejections; then the clock.
          sawHeader = true;
          serverTime = line.serverTime;
          const stores = new Set<SyncStore>([store, ...sent.map((b) => b.source.store)]);
          for (const s of stores) await s.receiveServerTime(line);
          let ownRefusal: string | undefined;
          for (const [i, { source, mutations }] of sent.entries()) {
            const answer = line.batches[i]!;
            if (answer.refused !== undefined) {
              if (source.outcome) source.outcome.failure = failureOfRefusal(answer.refused);
              else ownRefusal = answer.refused;
              continue;
            }
            if (answer.ackUpToSeq !== null)
              await source.store.acknowledge(source.session.userId, answer.ackUpToSeq, answer.rejected, line.serverStamp);
            const pushed = mutations.filter((m) => answer.ackUpToSeq !== null && m.seq <= answer.ackUpToSeq).length;
            const target = source.outcome ?? result;
            target.rejected.push(...answer.rejected);
            target.pushed += pushed;
            if (source.outcome) result.pushed += pushed;
            // Changes re-stamped after a wrong clock (C4) wait in the outbox again: go again for them.
            if (answer.rejected.some((r) => r.reason === 'stampAhead' && mutations.some((m) => m.seq === r.seq))) restamped = true;
          }
          // The signed-in user's own batch refused (the others' answers are taken first): the pass cannot go on for them.
          if (ownRefusal !== undefined) throw new SyncError(failureOfRefusal(ownRefusal), `The server refused this user's changes: ${ownRefusal}`);
          result.clockSkewMs = request.clientTime - line.serverTime;
          if (line.remaining !== undefined) firstPullTotal = result.pulled + line.remaining;
        } else if (line.type === 'page') {
          // 3. A page of rows with its cursor: stored by the writer while the next pages stream.
          if (!sawHeader) throw new SyncError(SyncFailure.serverError, 'Page before header');
          writer ??= pageWriter({ store, serverTime, onStored });
          await writer.add(line);
        } else {
          end = line;
        }
      }
      // Every page of the answer stored before its end cursor is (P4).
      await writer?.drain();
    } catch (error) {
      // A cut answer: the pages that arrived whole are stored before the pass gives up.
      await writer?.settle();
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
    // A full request may have held the last changes: ask the outboxes rather than send an
    // empty request (a round trip of 600 ms over a satellite link) to find out.
    const mayHaveMorePush = (room === 0 || restamped) && (await anyPending(sources));
    if (!mayHaveMorePush && !(pull && end.hasMore)) return result;
  }
}

async function anyPending(sources: ReadonlyArray<{ session: SyncSession; store: SyncStore; outcome?: PushOutcome | undefined }>): Promise<boolean> {
  for (const source of sources) {
    if (source.outcome?.failure) continue;
    if ((await source.store.countPending(source.session.userId)) > 0) return true;
  }
  return false;
}
