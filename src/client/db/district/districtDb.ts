/**
 * `sandyq-district`: the last district overview each methodologist received on this laptop,
 * one entry per user, so the district's view opens offline with the figures it last had.
 * Not a table of the data database: the overview is no synced row (the server computes it
 * and never takes it back) and holds counts only; a table there would be a new version of
 * the shared schema for a cache.
 *
 * WARNING: the name and shipped versions never change (append a version to change it).
 */
import { Dexie, type Table } from 'dexie';

export const DISTRICT_DB_NAME = 'sandyq-district';

export interface KeptOverview {
  userId: string;
  /** When this laptop received it (ms). */
  receivedAt: number;
  /** The answer as it came (the smaller form); read back through its schema. */
  wire: unknown;
}

export class DistrictDb extends Dexie {
  declare readonly lastOverview: Table<KeptOverview, string>;

  constructor(name: string = DISTRICT_DB_NAME, options: { indexedDB?: IDBFactory } = {}) {
    super(name, options.indexedDB ? { indexedDB: options.indexedDB } : {});
    this.version(1).stores({ lastOverview: 'userId' });
  }
}

/** Runs `act` on the district database opened with `factory`, closed after. */
export async function withDistrictDb<T>(factory: IDBFactory, act: (db: DistrictDb) => Promise<T>): Promise<T> {
  const db = new DistrictDb(DISTRICT_DB_NAME, { indexedDB: factory });
  try {
    return await act(db);
  } finally {
    db.close();
  }
}
