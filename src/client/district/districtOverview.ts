/**
 * Getting the district's overview on the methodologist's laptop: the last one stored here at
 * once, then, when online, a fresh one from the server, stored for the next time offline.
 * A failed or offline fetch keeps the stored figures and says why no newer ones came.
 */
import { getProfilesDb, readProfile } from '../db/profiles/profileStore';
import type { ProfilesDb } from '../db/profiles/profilesDb';
import { fetchOverview, OverviewFailure } from './fetchOverview';
import { readLastOverview, saveLastOverview, type StoredOverview } from './lastOverviewStore';

export interface OverviewDeps {
  profilesDb: () => ProfilesDb;
  baseUrl: () => string;
  now: () => number;
  indexedDB: () => IDBFactory;
  fetch?: typeof fetch;
}

export const BROWSER_OVERVIEW_DEPS: OverviewDeps = {
  profilesDb: getProfilesDb,
  baseUrl: () => globalThis.location.origin,
  now: Date.now,
  indexedDB: () => globalThis.indexedDB,
};

export type RefreshResult = { ok: true; stored: StoredOverview } | { ok: false; failure: OverviewFailure };

/** The last overview this user received on this laptop. */
export const readStoredOverview = (userId: string, deps: OverviewDeps = BROWSER_OVERVIEW_DEPS) => readLastOverview(userId, deps.indexedDB());

/** Fetches the overview as `userId` and keeps it; the stored one stays when this fails. */
export async function refreshOverview(
  userId: string,
  yearStart: number | undefined,
  deps: OverviewDeps = BROWSER_OVERVIEW_DEPS,
): Promise<RefreshResult> {
  const profile = await readProfile(deps.profilesDb(), userId);
  if (!profile?.token) return { ok: false, failure: OverviewFailure.signedOut };
  const answer = await fetchOverview({ baseUrl: deps.baseUrl(), token: profile.token, yearStart, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  if (!answer.ok) return answer;
  const stored: StoredOverview = { userId, receivedAt: deps.now(), overview: answer.overview };
  await saveLastOverview(userId, stored.receivedAt, answer.wire, deps.indexedDB());
  return { ok: true, stored };
}
