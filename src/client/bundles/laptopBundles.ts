/**
 * Sync by file on this laptop, wired to the browser's stores: the screen's actions. Each
 * throws `BundleApiError` or `BundleError` with a reason the screen words in the user's
 * language; none changes the outbox (only a sync acknowledges entries, S5).
 */
import {
  BundleError,
  BundleKind,
  BundleProblem,
  blobSource,
  readFrames,
  type ImportReport,
  type PullBundleRequest,
  type PullBundleSize,
} from '@/sync/bundleFormat';
import { getDb } from '../db/openSandyqDb';
import { liveRows } from '../db/queries/liveRows';
import { getFilesDb } from '../db/files/filesDb';
import { getLaptopId, getProfilesDb, readProfile, readProfiles } from '../db/profiles/profileStore';
import { browserFileCache } from '../files/keptFileCache';
import { BundleApiError, BundleApiFailure, downloadPullBundle, measurePullBundle, sendOutboxBundle, type BundleApi } from './bundleApi';
import { getBundlesDb } from '../db/bundles/bundlesDb';
import { exportOutboxBundle, type OutboxExportResult } from './exportOutboxBundle';
import { importPullBundle, type PullImportProgress, type PullImportResult } from './importPullBundle';

async function apiFor(userId: string): Promise<BundleApi> {
  const profile = await readProfile(getProfilesDb(), userId);
  if (!profile?.token) throw new BundleApiError(BundleApiFailure.refused, 'No session on this laptop: sign in online');
  return { baseUrl: globalThis.location.origin, token: profile.token };
}

/**
 * Every waiting change on this laptop, of everyone who signed in here, in one file; or, for
 * someone who may not read the others' rows (a pupil), only their own (`onlyUserId`).
 */
export async function exportLaptopOutbox(onlyUserId?: string): Promise<OutboxExportResult> {
  const profilesDb = getProfilesDb();
  const profiles = (await readProfiles(profilesDb)).filter((p) => onlyUserId === undefined || p.userId === onlyUserId);
  return exportOutboxBundle({ profiles, laptopId: await getLaptopId(profilesDb), openDb: getDb, marks: getBundlesDb() });
}

/** Which kind of bundle a chosen file says it is (checked in full when imported). */
export async function bundleKindOf(file: Blob): Promise<BundleKind> {
  try {
    const first = await readFrames(blobSource(file)).next();
    const kind = first.done ? undefined : (first.value.meta as { kind?: unknown }).kind;
    if (kind === BundleKind.outbox || kind === BundleKind.pull) return kind;
  } catch {
    // Not framed as a bundle: said below.
  }
  throw new BundleError(BundleProblem.notABundle, 'Not a Sandyq bundle');
}

/** Sends an outbox file (this laptop's or another's) to the school's server. */
export async function sendOutboxFile(file: Blob, userId: string): Promise<ImportReport> {
  return sendOutboxBundle(await apiFor(userId), file);
}

/** Stores a pull bundle in the signed-in person's database; continues a cut import. */
export async function importPullFile(
  file: Blob,
  user: { dbName: string; schoolId: string; pupilId?: string | undefined },
  onProgress: (p: PullImportProgress) => void,
): Promise<PullImportResult> {
  const tokens = (await readProfiles(getProfilesDb())).filter((p) => p.schoolId === user.schoolId && p.token).map((p) => p.token!);
  const pupil = user.pupilId ? await liveRows(getDb(user.dbName), 'pupils').get(user.pupilId) : undefined;
  return importPullBundle(blobSource(file), {
    sessionTokens: tokens,
    ...(pupil?.classSetId ? { pupilClassSetId: pupil.classSetId } : {}),
    db: getDb(user.dbName),
    schoolId: user.schoolId,
    files: { db: getFilesDb(), cache: browserFileCache() },
    progress: getBundlesDb(),
    onProgress,
  });
}

export async function measurePull(userId: string, request: PullBundleRequest): Promise<PullBundleSize> {
  return measurePullBundle(await apiFor(userId), request);
}

export async function downloadPull(userId: string, request: PullBundleRequest): Promise<Blob> {
  return downloadPullBundle(await apiFor(userId), request);
}
