/**
 * How the sync client reaches the server. An interface, so tests can hand the client an
 * in-memory or fault-injecting transport; `httpSyncTransport` is the real one.
 */
import type { SyncLine, SyncRequest } from '@/sync/protocol';

export interface SyncTransport {
  /**
   * Sends one request and yields the response lines as they arrive. Throws `SyncError`
   * for a failure before or during the exchange; lines already yielded stay valid.
   */
  exchange(request: SyncRequest, token: string, signal: AbortSignal): AsyncIterable<SyncLine>;
}
