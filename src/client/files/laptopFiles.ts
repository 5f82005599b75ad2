/**
 * The laptop's resource files for the signed-in person: choosing a file (it joins the
 * upload queue and is kept here at once), sending the queue when the link allows (after
 * each sync pass, and when a file is chosen while online), keeping files for offline use
 * and removing them. One upload run and one download per file at a time, whatever the
 * number of screens asking; progress and failures go to `fileTransferStore`.
 */
import type { ResourceFile } from '@/domain/entities/resource';
import type { IsoDate } from '@/domain/dates';
import { getDb } from '../db/openSandyqDb';
import { hasUsableToken } from '../auth/tokenLife';
import { getProfilesDb, readProfile, readProfiles } from '../db/profiles/profileStore';
import { getFilesDb, type KeptFile, type QueuedUpload } from '../db/files/filesDb';
import { useFileTransferStore } from '../stores/fileTransferStore';
import { FileFailure, FileTransferError, type FileApi } from './fileApi';
import { keepFile, removeKeptFile } from './keepFile';
import { browserFileCache, type KeptFileCache } from './keptFileCache';
import { nameFile, queueUpload, runUploads } from './uploadQueue';
import { pickWithin, readUpcomingLessonFiles } from './upcomingLessonFiles';
import { readLinkBudget } from '../connectivity/readLinkBudget';

let cache: KeptFileCache | undefined;
const fileCache = () => (cache ??= browserFileCache());
const store = () => useFileTransferStore.getState();
const baseUrl = () => globalThis.location.origin;

async function apiFor(userId: string): Promise<FileApi> {
  const profile = await readProfile(getProfilesDb(), userId);
  if (!profile?.token) throw new FileTransferError(FileFailure.signedOut, 'No session on this laptop: sign in online');
  return { baseUrl: baseUrl(), token: profile.token };
}

export { nameFile };

/** A chosen file whose resource is valid: kept here at once, sent when the link allows. */
export async function queueChosenFile(file: File, named: ResourceFile, userId: string): Promise<void> {
  await queueUpload(getFilesDb(), fileCache(), file, named, userId);
  store().changed();
  void startFileUploads(userId);
}

let uploading: Promise<void> | undefined;

/**
 * Sends the waiting files now if online: the signed-in person's first, then those of the
 * others who chose files on this laptop and still have a session here (a shared laptop:
 * a teacher's video is not held back because a colleague signed in after her). Never
 * throws; failures go to the store, and the queue waits for the next pass.
 */
export function startFileUploads(userId: string): Promise<void> {
  if (globalThis.navigator?.onLine === false) return Promise.resolve();
  uploading ??= (async () => {
    try {
      const waiting = new Set((await getFilesDb().uploads.toArray()).map((u) => u.queuedBy));
      const others = (await readProfiles(getProfilesDb())).filter(
        (p) => p.userId !== userId && waiting.has(p.userId) && hasUsableToken(p, Date.now()),
      );
      for (const uploader of [userId, ...others.map((p) => p.userId)]) {
        if (!waiting.has(uploader)) continue;
        try {
          await runUploads(getFilesDb(), await apiFor(uploader), uploader, {
            onProgress: (sha256, p) => store().setUpload(sha256, { done: p.sent, total: p.total }),
            onFailure: (sha256, error) => store().setFailure(sha256, error.failure),
          });
        } catch (error) {
          // No link: nobody's files go now. A gone session: the next person's may.
          if (!(error instanceof FileTransferError) || error.failure === FileFailure.offline) break;
        }
      }
    } finally {
      uploading = undefined;
      store().changed();
    }
  })().catch(() => undefined);
  return uploading;
}

const downloading = new Map<string, Promise<void>>();

/**
 * Keeps these files on this laptop, one after the other; resolves when all are kept or
 * rejects with the first failure (`FileTransferError`). Files kept already move nothing.
 */
export async function keepFiles(files: readonly ResourceFile[], userId: string, chunkBytes?: number): Promise<void> {
  const api = await apiFor(userId);
  for (const file of files) {
    let running = downloading.get(file.sha256);
    if (!running) {
      running = (async () => {
        try {
          store().setFailure(file.sha256, undefined);
          await keepFile(getFilesDb(), fileCache(), file, api, {
            ...(chunkBytes !== undefined ? { chunkBytes } : {}),
            onProgress: (p) => store().setDownload(file.sha256, { done: p.received, total: p.total }),
          });
        } catch (error) {
          store().setFailure(file.sha256, error instanceof FileTransferError ? error.failure : FileFailure.server);
          throw error;
        } finally {
          downloading.delete(file.sha256);
          store().setDownload(file.sha256, undefined);
          store().changed();
        }
      })();
      downloading.set(file.sha256, running);
    }
    await running;
  }
}

export async function removeKept(sha256: string): Promise<void> {
  await removeKeptFile(getFilesDb(), fileCache(), sha256);
  store().changed();
}

export interface LaptopFiles {
  readonly kept: ReadonlyMap<string, KeptFile>;
  readonly uploads: readonly Omit<QueuedUpload, 'blob'>[];
  /** Bytes of all kept files. */
  readonly keptBytes: number;
  /** What the browser says is left for this app, when it says. */
  readonly roomLeft?: number | undefined;
}

export async function readLaptopFiles(): Promise<LaptopFiles> {
  const db = getFilesDb();
  const [kept, uploads, estimate] = await Promise.all([
    db.kept.toArray(),
    db.uploads.toArray(),
    globalThis.navigator?.storage?.estimate?.().catch(() => undefined) ?? Promise.resolve(undefined),
  ]);
  const roomLeft = estimate?.quota !== undefined && estimate.usage !== undefined ? Math.max(0, estimate.quota - estimate.usage) : undefined;
  return {
    kept: new Map(kept.map((k) => [k.sha256, k])),
    uploads: uploads.map(({ blob: _bytes, ...rest }) => rest),
    keptBytes: kept.reduce((sum, k) => sum + k.size, 0),
    roomLeft,
  };
}

let prefetching: Promise<void> | undefined;

/**
 * In the background while online: the files of this teacher's lessons of the next school
 * days, within the school's limit, so tomorrow's lesson runs if the link drops overnight.
 * Never throws; one run at a time.
 */
export function prefetchLessonFiles(
  user: { id: string; schoolId: string; staffId?: string | undefined; dbName: string },
  today: IsoDate,
): Promise<void> {
  if (!user.staffId || globalThis.navigator?.onLine === false) return Promise.resolve();
  const staffId = user.staffId;
  prefetching ??= (async () => {
    try {
      const { files, limitBytes } = await readUpcomingLessonFiles(getDb(user.dbName), user.schoolId, staffId, today);
      const kept = (await readLaptopFiles()).kept;
      // Cut to the link this school measured: range requests of a few seconds, and no more a run than the link moves in minutes.
      const budget = await readLinkBudget(getDb(user.dbName));
      const picked = pickWithin(files, (sha) => kept.has(sha), Math.min(limitBytes, budget.prefetchBytes ?? limitBytes));
      if (picked.length > 0) await keepFiles(picked, user.id, budget.fileChunkBytes);
    } catch {
      // No link, a file not on the server yet: the next pass tries again.
    } finally {
      prefetching = undefined;
    }
  })();
  return prefetching;
}
