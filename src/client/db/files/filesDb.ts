/**
 * `sandyq-files`: the laptop's resource files, apart from any person's data, because a file
 * is stored once per laptop and shared by everyone who signs in on it (a file names no
 * pupil; the school's resources are readable by all of its people).
 * - `uploads`: files chosen on this laptop, waiting to reach the server (the bytes, until
 *   the server has them all and their hash is checked);
 * - `parts`: the bytes of a download so far, one row per received range, so a cut, a closed
 *   tab or a restart resumes where it stopped;
 * - `kept`: files verified and stored for offline use (their bytes live in Cache Storage,
 *   where the service worker answers range requests from them, see `keptFileCache.ts`).
 *
 * WARNING: the name and the shipped versions never change (append a version).
 */
import { Dexie, type Table } from 'dexie';

export const FILES_DB_NAME = 'sandyq-files';

export const UploadState = {
  /** Waiting for a link, or being sent. */
  waiting: 'waiting',
  /** Refused for good (the bytes changed since they were chosen, or too large): shown, not retried. */
  refused: 'refused',
} as const;
export type UploadState = (typeof UploadState)[keyof typeof UploadState];

export interface QueuedUpload {
  sha256: string;
  blob: Blob;
  name: string;
  mime: string;
  size: number;
  queuedAt: number;
  /** The user who chose it: their session sends it. */
  queuedBy: string;
  state: UploadState;
  /** Why it was refused, a code the screen translates. */
  refusal?: string;
  /** The server's limit when the refusal is "too large". */
  limit?: number;
}

export interface DownloadPart {
  sha256: string;
  /** First byte of this part within the file. */
  start: number;
  bytes: Blob;
}

export interface KeptFile {
  sha256: string;
  size: number;
  mime: string;
  name: string;
  keptAt: number;
}

export const FILES_DB_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  { version: 1, stores: { uploads: 'sha256, queuedAt', parts: '[sha256+start], sha256', kept: 'sha256, keptAt' } },
];

export class FilesDb extends Dexie {
  declare readonly uploads: Table<QueuedUpload, string>;
  declare readonly parts: Table<DownloadPart, [string, number]>;
  declare readonly kept: Table<KeptFile, string>;

  constructor(name: string = FILES_DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(name, {
      // A part the download counted must be on disk: the next try starts after it.
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    for (const v of FILES_DB_VERSIONS) this.version(v.version).stores(v.stores);
  }
}

let shared: FilesDb | undefined;

export function getFilesDb(): FilesDb {
  shared ??= new FilesDb();
  return shared;
}
