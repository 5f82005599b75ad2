/**
 * The `$syncState` table: small key/value records this device needs to take part in sync.
 * Kept in the same IndexedDB database as the rows and the outbox, so that one transaction
 * can change a row, append its outbox entry and advance the clock, and so that deleting
 * the database forgets the device identity together with the outbox sequence it named.
 *
 * Not named `$meta`: Dexie 4 reserves an object store of that name for its own schema
 * patching and deletes it during upgrades.
 */
import type { Table } from 'dexie';
import type { HlcState } from '@/domain/hlc';
import type { DeviceIdentity } from './deviceIdentity';

/** Value type per key. Add keys freely; changing a value's shape needs a Dexie version. */
export interface SyncStateValues {
  /** Made once when the database is created (or upgraded from v1); never changes. */
  device: DeviceIdentity;
  /** The device's hybrid logical clock, advanced by every local write and every receive. */
  hlc: HlcState;
  /** Opaque server cursor of the last pulled page stored; absent before the first pull. */
  pullCursor: string;
  /** How far (ms) this device's wall clock runs ahead of the server's, when far enough to matter (C4); else 0. */
  clockCorrection: number;
}
export type SyncStateKey = keyof SyncStateValues;

export type SyncStateRow = { [K in SyncStateKey]: { key: K; value: SyncStateValues[K] } }[SyncStateKey];

export type SyncStateTable = Table<SyncStateRow, SyncStateKey>;

export async function readSyncState<K extends SyncStateKey>(table: SyncStateTable, key: K): Promise<SyncStateValues[K] | undefined> {
  const row = await table.get(key);
  return row?.value as SyncStateValues[K] | undefined;
}

export async function writeSyncState<K extends SyncStateKey>(table: SyncStateTable, key: K, value: SyncStateValues[K]): Promise<void> {
  await table.put({ key, value } as SyncStateRow);
}
