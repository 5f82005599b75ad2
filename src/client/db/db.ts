/**
 * The device's database (IndexedDB through Dexie): one table per synced entity
 * (`TableName`, primary key `id`), plus internal tables whose names start with `$`:
 * `$outbox` (local changes not yet acknowledged by the server, auto-incremented `seq`),
 * `$syncState` (device identity, HLC, pull cursor), `$rejections` (changes the server
 * refused, for their authors to read), `$setAside` (pulled rows the device could not take) and
 * `$attemptDrafts` (a pupil's attempts in progress). The schema history is in `versions.ts`.
 *
 * Every write to a synced table goes through `writeRecord.ts` or `applyRemoteChanges.ts`,
 * never straight to a table: they keep a row, its outbox entry and the clock in step.
 *
 * Storage failures that happen outside any caller's await (another tab upgrading or
 * deleting the database, the browser closing it) are reported on `storageEvents.ts`.
 */
import { Dexie, type Table } from 'dexie';
import type { TableName } from '@/domain/tables';
import { defaultDbEnv, type DbEnv } from './dbEnv';
import { ensureDeviceIdentity } from './deviceIdentity';
import type { LocalOutboxEntry } from './outboxEntry';
import { pinIndexedDbVersion } from './pinIndexedDbVersion';
import type { RejectedChange } from './rejectedChange';
import type { SetAsideRow } from './setAsideRow';
import type { AttemptDraft } from './attemptDrafts';
import type { RecordRow, RowOf } from './recordRow';
import type { SyncStateTable } from './syncState';
import { DB_VERSIONS, LATEST_DB_VERSION } from './versions';
import { watchStorage } from './watchStorage';

/** The app's database name. WARNING: renaming it strands every device's unsent outbox. */
export const APP_DB_NAME = 'sandyq';

export interface SandyqDbOptions {
  env?: Partial<DbEnv>;
  /** Another IndexedDB (tests); defaults to the browser's. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class SandyqDb extends Dexie {
  declare readonly $outbox: Table<LocalOutboxEntry, number>;
  declare readonly $syncState: SyncStateTable;
  declare readonly $rejections: Table<RejectedChange, number>;
  declare readonly $setAside: Table<SetAsideRow, number>;
  declare readonly $attemptDrafts: Table<AttemptDraft, string>;
  readonly env: DbEnv;

  constructor(name: string = APP_DB_NAME, options: SandyqDbOptions = {}) {
    const factory = options.indexedDB ?? globalThis.indexedDB;
    super(name, {
      // Power cuts are common in rural schools: a write the user saw succeed must be on disk.
      chromeTransactionDurability: 'strict',
      ...(factory ? { indexedDB: pinIndexedDbVersion(factory, name, LATEST_DB_VERSION * 10) } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.env = { ...defaultDbEnv, ...options.env };
    for (const v of DB_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      const upgrade = v.upgrade;
      if (upgrade) version.upgrade(async (tx) => upgrade(tx, this.env));
    }
    this.on('populate', async (tx) => {
      await ensureDeviceIdentity(tx.table('$syncState'), this.env);
    });
    watchStorage(this);
  }

  /** The synced rows of `table`, typed for reading. Write only through `writeRecord.ts`. */
  rows<T extends TableName>(table: T): Table<RowOf<T>, string> {
    return this.table(table);
  }

  /** The same table untyped, for the generic write and merge paths of this folder. */
  records(table: TableName): Table<RecordRow, string> {
    return this.table(table);
  }
}
