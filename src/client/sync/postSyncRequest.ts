/**
 * The HTTP part of a sync exchange, whatever the protocol: POST a JSON body (gzip-compressed
 * on the device when the browser can), then read the NDJSON answer line by line as it
 * streams. Turns every failure into a `SyncError` the pass and the indicator act on.
 *
 * Timeouts are sized for the worst school link (5.87 Mbit/s down, 2 Mbit/s up, 800 ms
 * round trip): generous for the first byte, since the server applies the whole request
 * before it answers, then an idle timeout that resets with every chunk received, so a long
 * first pull is never cut while bytes still flow.
 */
import { readNdjson } from './readNdjson';
import { SyncError, SyncFailure } from './syncErrors';

export interface SyncHttpOptions {
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

/**
 * `missingRoute`: a 404 means the server has no route for this protocol (an older server):
 * the app and the server do not speak the same protocol.
 */
function failureFor(status: number, code: string | undefined): SyncFailure {
  if (status === 401) return SyncFailure.signedOut;
  if (code === 'protocol_mismatch' || status === 404) return SyncFailure.protocolMismatch;
  if (status >= 500 || status === 429 || status === 408) return SyncFailure.serverError;
  return SyncFailure.refused;
}

/** POSTs `body` to `path` and yields each answer line parsed as JSON (not yet validated). */
export async function* postSyncRequest(
  options: SyncHttpOptions,
  path: string,
  body: unknown,
  token: string,
  signal: AbortSignal,
): AsyncGenerator<unknown> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const firstByteTimeoutMs = options.firstByteTimeoutMs ?? 90_000;
  const idleTimeoutMs = options.idleTimeoutMs ?? 45_000;
  const compress = options.compress ?? typeof CompressionStream !== 'undefined';
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
    const json = JSON.stringify(body);
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      accept: 'application/x-ndjson',
    };
    let sent: BodyInit = json;
    if (compress && json.length > 1024) {
      sent = await gzip(json);
      headers['content-encoding'] = 'gzip';
    }
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}${path}`, { method: 'POST', headers, body: sent, signal: controller.signal });
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
      yield* readNdjson(response.body, (n) => {
        resetIdle();
        options.onBytesReceived?.(n);
      });
    } catch (error) {
      fail(error);
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abortFromCaller);
  }
}
