/**
 * Asks the server for the district's overview with the signed-in methodologist's token (in
 * the Authorization header, never a URL) and checks the answer against its schema: the
 * network is not trusted. A failure is returned as a reason for the screen to name.
 */
import { flattenOverview, overviewWireSchema, type DistrictOverviewAnswer, type OverviewWire } from './overviewSchema';

export const OverviewFailure = {
  /** The server could not be reached. */
  noConnection: 'noConnection',
  /** The session ended: sign in again online. */
  signedOut: 'signedOut',
  /** This account is not a district's methodologist. */
  forbidden: 'forbidden',
  /** The server answered something this app cannot read, or failed. */
  serverError: 'serverError',
} as const;
export type OverviewFailure = (typeof OverviewFailure)[keyof typeof OverviewFailure];

/** `wire` as received (what is kept for offline use), `overview` as the view reads it. */
export type OverviewResult = { ok: true; wire: OverviewWire; overview: DistrictOverviewAnswer } | { ok: false; failure: OverviewFailure };

export interface OverviewRequest {
  baseUrl: string;
  token: string;
  /** The academic year by the calendar year it starts in; default the server's choice (the current one). */
  yearStart?: number | undefined;
  fetch?: typeof fetch;
}

/** Long enough for a large district over a satellite link. */
const TIMEOUT_MS = 60_000;

export async function fetchOverview(request: OverviewRequest): Promise<OverviewResult> {
  const doFetch = request.fetch ?? globalThis.fetch.bind(globalThis);
  const query = request.yearStart === undefined ? '' : `?year=${request.yearStart}`;
  let response: Response;
  try {
    response = await doFetch(`${request.baseUrl}/api/v1/district/overview${query}`, {
      headers: { authorization: `Bearer ${request.token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, failure: OverviewFailure.noConnection };
  }
  if (response.status === 401) return { ok: false, failure: OverviewFailure.signedOut };
  if (response.status === 403) return { ok: false, failure: OverviewFailure.forbidden };
  if (!response.ok) return { ok: false, failure: OverviewFailure.serverError };
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = overviewWireSchema.safeParse(json);
  if (!parsed.success) return { ok: false, failure: OverviewFailure.serverError };
  return { ok: true, wire: parsed.data, overview: flattenOverview(parsed.data) };
}
