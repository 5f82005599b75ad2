/**
 * `sandyq-bundles`: what this laptop remembers of sync by file, apart from school data:
 * - `exports`: an outbox bundle written for a user (up to which seq of which database), so
 *   those waiting changes show "exported on <date>, waiting for delivery" until a sync
 *   acknowledges them (the server already holds them once the file is imported);
 * - `imports`: how far a pull bundle's import went (the next frame to store), keyed by the
 *   file's checksum, so choosing the same file again after the drive was pulled out
 *   continues where it stopped.
 *
 * WARNING: the name and shipped versions never change (append a version to change it).
 */
import { Dexie, type Table } from 'dexie';

export const BUNDLES_DB_NAME = 'sandyq-bundles';

export interface OutboxExport {
  id?: number;
  bundleId: string;
  /** The data database the entries wait in (`dataDbNameFor`). */
  dbName: string;
  userId: string;
  /** Entries of this user with seq ≤ this were in the file. */
  upToSeq: number;
  exportedAt: number;
}

export interface PullImport {
  /** The file's checksum (hex): the same bytes are the same import. */
  bundleSha: string;
  dbName: string;
  /** Where the next frame to store starts. */
  nextOffset: number;
  rowsStored: number;
  filesStored: number;
  startedAt: number;
  completedAt?: number;
}

export class BundlesDb extends Dexie {
  declare readonly exports: Table<OutboxExport, number>;
  declare readonly imports: Table<PullImport, string>;

  constructor(name: string = BUNDLES_DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(name, {
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.version(1).stores({ exports: '++id, [dbName+userId], bundleId', imports: 'bundleSha' });
  }
}

let shared: BundlesDb | undefined;
export function getBundlesDb(): BundlesDb {
  return (shared ??= new BundlesDb());
}
