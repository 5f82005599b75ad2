/**
 * The real transport: POST /api/v1/sync over fetch. The request body is gzip-compressed on
 * the device (CompressionStream) when the browser can; the NDJSON answer arrives
 * compressed by the server and is read line by line as it streams.
 *
 * Timeouts are sized for the worst school link (5.87 Mbit/s down, 2 Mbit/s up, 800 ms
 * round trip): generous for the first byte, since the server applies the whole batch
 * before it answers, then an idle timeout that resets with every chunk received, so a long
 * first pull is never cut while bytes still flow.
 */
import { syncLineReadSchema, type SyncLine, type SyncRequest } from '@/sync/protocol';
import { readNdjson } from './readNdjson';
import { SyncError, SyncFailure } from './syncErrors';
import type { SyncTransport } from './syncTransport';

export interface HttpSyncTransportOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  firstByteTimeoutMs?: number;
  idleTimeoutMs?: number;
  /** Compress request bodies (default: when CompressionStream exists). */
  compress?: boolean;
  onBytesReceived?(n: number): void;
}

async function gzip(text: string): Promise<ArrayBuffer> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

function failureFor(status: number, code: string | undefined): SyncFailure {
  if (status === 401) return SyncFailure.signedOut;
  if (code === 'protocol_mismatch') return SyncFailure.protocolMismatch;
  if (status >= 500 || status === 429 || status === 408) return SyncFailure.serverError;
  return SyncFailure.refused;
}

export function httpSyncTransport(options: HttpSyncTransportOptions): SyncTransport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const firstByteTimeoutMs = options.firstByteTimeoutMs ?? 90_000;
  const idleTimeoutMs = options.idleTimeoutMs ?? 45_000;
  const compress = options.compress ?? typeof CompressionStream !== 'undefined';

  return {
    async *exchange(request: SyncRequest, token: string, signal: AbortSignal): AsyncGenerator<SyncLine> {
      const controller = new AbortController();
      const abortFromCaller = () => controller.abort();
      signal.addEventListener('abort', abortFromCaller, { once: true });
      let timedOut = false;
      let timer = setTimeout(() => ((timedOut = true), controller.abort()), firstByteTimeoutMs);
      const resetIdle = () => {
        clearTimeout(timer);
        timer = setTimeout(() => ((timedOut = true), controller.abort()), idleTimeoutMs);
      };
      const fail = (error: unknown): never => {
        if (error instanceof SyncError) throw error;
        if (timedOut) throw new SyncError(SyncFailure.timeout, 'The link was silent for too long');
        throw new SyncError(SyncFailure.offline, error instanceof Error ? error.message : 'Network error');
      };
      try {
        const json = JSON.stringify(request);
        const headers: Record<string, string> = {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          accept: 'application/x-ndjson',
        };
        let body: BodyInit = json;
        if (compress && json.length > 1024) {
          body = await gzip(json);
          headers['content-encoding'] = 'gzip';
        }
        let response: Response;
        try {
          response = await doFetch(`${options.baseUrl}/api/v1/sync`, { method: 'POST', headers, body, signal: controller.signal });
        } catch (error) {
          return fail(error);
        }
        resetIdle();
        if (!response.ok || !response.body) {
          const text = await response.text().catch(() => '');
          let code: string | undefined;
          try {
            code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
          } catch {
            code = undefined;
          }
          throw new SyncError(failureFor(response.status, code), `Sync answered ${response.status} ${code ?? ''}`.trim(), response.status);
        }
        try {
          for await (const raw of readNdjson(response.body, (n) => {
            resetIdle();
            options.onBytesReceived?.(n);
          })) {
            const line = syncLineReadSchema.safeParse(raw);
            if (!line.success) throw new SyncError(SyncFailure.serverError, 'Unreadable sync answer');
            yield line.data as SyncLine;
          }
        } catch (error) {
          fail(error);
        }
      } finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', abortFromCaller);
      }
    },
  };
}
