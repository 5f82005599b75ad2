/**
 * The server's bundle endpoints, as the laptop calls them: the session token in the
 * Authorization header only; every answer validated before it is believed.
 */
import {
  BUNDLE_MEDIA_TYPE,
  BundleProblem,
  importReportSchema,
  pullBundleSizeSchema,
  type ImportReport,
  type PullBundleRequest,
  type PullBundleSize,
} from '@/sync/bundleFormat';

export interface BundleApi {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
}

export const BundleApiFailure = { offline: 'offline', refused: 'refused', server: 'server' } as const;
export type BundleApiFailure = (typeof BundleApiFailure)[keyof typeof BundleApiFailure];

export class BundleApiError extends Error {
  constructor(
    readonly failure: BundleApiFailure | BundleProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BundleApiError';
  }
}

async function call(api: BundleApi, path: string, init: RequestInit): Promise<Response> {
  const doFetch = api.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(`${api.baseUrl}/api/v1/bundles${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${api.token}` },
    });
  } catch (error) {
    throw new BundleApiError(BundleApiFailure.offline, `The server cannot be reached: ${String(error)}`);
  }
  if (response.status === 401 || response.status === 403) throw new BundleApiError(BundleApiFailure.refused, `Refused (${response.status})`);
  if (!response.ok) throw new BundleApiError(BundleApiFailure.server, `The server answered ${response.status}`);
  return response;
}

/** Sends an outbox bundle file to the school's server to import. */
export async function sendOutboxBundle(api: BundleApi, file: Blob): Promise<ImportReport> {
  const response = await call(api, '', { method: 'POST', headers: { 'content-type': BUNDLE_MEDIA_TYPE }, body: file });
  const parsed = importReportSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new BundleApiError(BundleApiFailure.server, 'An import report this laptop cannot read');
  if (parsed.data.refused) throw new BundleApiError(parsed.data.refused, 'The server refused the whole file: nothing was applied');
  return parsed.data;
}

export async function measurePullBundle(api: BundleApi, request: PullBundleRequest): Promise<PullBundleSize> {
  const response = await call(api, '/pull/size', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  const parsed = pullBundleSizeSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new BundleApiError(BundleApiFailure.server, 'A size this laptop cannot read');
  return parsed.data;
}

/** The pull bundle's bytes, to save on a drive. */
export async function downloadPullBundle(api: BundleApi, request: PullBundleRequest): Promise<Blob> {
  const response = await call(api, '/pull', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  return response.blob();
}
