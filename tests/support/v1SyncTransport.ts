/**
 * A laptop still on sync protocol v1 (the app before v2): `POST /api/v1/sync`, one user's
 * changes a request, a stamp per field, a school id per change and row. Kept for the tests
 * that prove a v2 server still serves such a laptop through the upgrade.
 */
import { PROTOCOL_VERSION, syncLineReadSchema, type PulledRow, type Rejection, type SyncRequest } from '@/sync/protocol';
import { postSyncRequest, type SyncHttpOptions } from '@/client/sync/postSyncRequest';
import { SyncError, SyncFailure } from '@/client/sync/syncErrors';
import type { ExchangeLine, SyncTransport } from '@/client/sync/syncTransport';

export function v1SyncTransport(options: SyncHttpOptions): SyncTransport {
  return {
    async *exchange(request, token, signal): AsyncGenerator<ExchangeLine> {
      // v1 carries the token's own user only: that user's batch, or none.
      if (request.batches.length > 1 || request.batches.some((b) => b.token !== undefined)) {
        throw new Error('protocol v1 sends one user a request');
      }
      const body: SyncRequest = {
        protocol: PROTOCOL_VERSION,
        deviceId: request.deviceId,
        mutations: request.batches[0]?.mutations ?? [],
        cursor: request.cursor,
        pull: request.pull,
        clientTime: request.clientTime,
      };
      for await (const raw of postSyncRequest(options, '/api/v1/sync', body, token, signal)) {
        const parsed = syncLineReadSchema.safeParse(raw);
        if (!parsed.success) throw new SyncError(SyncFailure.serverError, 'Unreadable sync answer');
        const line = parsed.data;
        if (line.type === 'header') {
          if (line.protocol !== PROTOCOL_VERSION) throw new SyncError(SyncFailure.protocolMismatch, 'Protocol changed');
          // Rows are screened by the store (C3) as in the app: their table is not checked here.
          const rejected = line.rejected as Rejection[];
          // The answer to the one batch sent (none sent: nothing to answer).
          const batches = request.batches.length ? [{ ackUpToSeq: line.ackUpToSeq, rejected }] : [];
          yield {
            type: 'header',
            batches,
            serverTime: line.serverTime,
            serverStamp: line.serverStamp,
            ...(line.remaining !== undefined ? { remaining: line.remaining } : {}),
          };
        } else if (line.type === 'page') {
          yield { type: 'page', rows: line.rows as PulledRow[], cursor: line.cursor };
        } else {
          yield line;
        }
      }
    },
  };
}
