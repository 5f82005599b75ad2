/**
 * The real transport: sync protocol v2 (src/sync/protocolV2.ts) over `POST /api/v2/sync`.
 * Encodes the exchange for the wire (one stamp per write, no school id), validates every
 * answer line (pages by hand, `readPageLineV2.ts`, the rest with zod), and decodes it back
 * into the shapes the pass and the merge read: each batch's answer with its rejections, and pages of `PulledRow` in the header's school.
 *
 * A server that does not speak v2 (an older one: no such route, or `protocol_mismatch`)
 * fails the exchange with `protocolMismatch`: nothing was applied, the outbox stays whole,
 * and the indicator tells the user to update the app.
 */
import { PROTOCOL_V2, SYNC_V2_PATH, changeToWire, rejectionFromWire, rowFromWire, syncLineV2ReadSchema, type SyncRequestV2 } from '@/sync/protocolV2';
import { readPageLineV2 } from '@/sync/readPageLineV2';
import { postSyncRequest, type SyncHttpOptions } from './postSyncRequest';
import { SyncError, SyncFailure } from './syncErrors';
import type { ExchangeLine, SyncExchange, SyncTransport } from './syncTransport';

export type HttpSyncTransportOptions = SyncHttpOptions;

/** The exchange as the v2 wire carries it. */
export function encodeExchangeV2(request: SyncExchange): SyncRequestV2 {
  return {
    protocol: PROTOCOL_V2,
    deviceId: request.deviceId,
    batches: request.batches.map((b) => ({ ...(b.token !== undefined ? { token: b.token } : {}), changes: b.mutations.map(changeToWire) })),
    cursor: request.cursor,
    pull: request.pull,
    clientTime: request.clientTime,
  };
}

export function httpSyncTransport(options: HttpSyncTransportOptions): SyncTransport {
  return {
    async *exchange(request, token, signal): AsyncGenerator<ExchangeLine> {
      let schoolId: string | undefined;
      for await (const raw of postSyncRequest(options, SYNC_V2_PATH, encodeExchangeV2(request), token, signal)) {
        // Pages, nearly every line of a long pull, are read by hand; anything else by the schema.
        const page = readPageLineV2(raw);
        if (page) {
          if (schoolId === undefined) throw new SyncError(SyncFailure.serverError, 'Page before header');
          const school = schoolId;
          yield { type: 'page', rows: page.rows.map((r) => rowFromWire(r, school)), cursor: page.cursor };
          continue;
        }
        const parsed = syncLineV2ReadSchema.safeParse(raw);
        if (!parsed.success) throw new SyncError(SyncFailure.serverError, 'Unreadable sync answer');
        const line = parsed.data;
        if (line.type === 'header') {
          if (line.protocol !== PROTOCOL_V2) throw new SyncError(SyncFailure.protocolMismatch, 'Protocol changed');
          if (line.batches.length !== request.batches.length)
            throw new SyncError(SyncFailure.serverError, 'The answer does not match the batches sent');
          schoolId = line.schoolId;
          const header = line;
          yield {
            type: 'header',
            batches: line.batches.map((b) => ({
              ackUpToSeq: b.ackUpToSeq,
              rejected: b.rejected.map((r) => rejectionFromWire(r, b.schoolId ?? header.schoolId)),
              ...(b.refused !== undefined ? { refused: b.refused } : {}),
            })),
            serverTime: line.serverTime,
            serverStamp: line.serverStamp,
            ...(line.remaining !== undefined ? { remaining: line.remaining } : {}),
          };
        } else if (line.type === 'page') {
          if (schoolId === undefined) throw new SyncError(SyncFailure.serverError, 'Page before header');
          const school = schoolId;
          yield { type: 'page', rows: line.rows.map((r) => rowFromWire(r, school)), cursor: line.cursor };
        } else {
          yield line;
        }
      }
    },
  };
}
