/**
 * `sandyq-device`: the laptop's own small database, apart from any school's data: who has
 * signed in here (`profiles`) and the laptop's id for sign-in (`$laptop`). The sign-in
 * screen reads it before anyone is signed in; it never holds a row of school data, so it
 * is safe to open for every user.
 *
 * WARNING: the name and the shipped entries of PROFILES_DB_VERSIONS never change (append a
 * version to change the schema); renaming the database signs everyone out of every laptop.
 */
import { Dexie, type Table } from 'dexie';
import type { DeviceProfile } from './deviceProfile';

export const PROFILES_DB_NAME = 'sandyq-device';

export interface LaptopRecord {
  key: 'laptop';
  /** Sent as `deviceId` with each sign-in: the laptop a server session is on. */
  laptopId: string;
  createdAt: number;
}

export const PROFILES_DB_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  { version: 1, stores: { profiles: 'userId, &login, lastSignInAt', $laptop: 'key' } },
];

export class ProfilesDb extends Dexie {
  declare readonly profiles: Table<DeviceProfile, string>;
  declare readonly $laptop: Table<LaptopRecord, string>;

  constructor(name: string = PROFILES_DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(name, {
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    for (const v of PROFILES_DB_VERSIONS) this.version(v.version).stores(v.stores);
  }
}
