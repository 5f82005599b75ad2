/**
 * The one place tombstones are left out. A synced row is never removed from the device:
 * deleting it sets `deleted` so the deletion can sync and merge (rule M-rules in SPEC.md).
 * Every read that shows rows goes through `liveRows`, so no query filters `deleted` by hand;
 * the few reads that need tombstones (a one-off change reviving a removed lesson, the CSV
 * import reviving a deleted pupil under their id) read `db.rows` and say why.
 */
import type { IndexableType } from 'dexie';
import type { TableName } from '@/domain/tables';
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';

export const isLive = (row: { readonly deleted?: boolean | undefined }): boolean => row.deleted !== true;

export interface LiveRows<T extends TableName> {
  /** Rows whose `index` equals `value`. */
  where(index: string, value: IndexableType): Promise<RowOf<T>[]>;
  /** Rows whose `index` equals any of `values` (none asked, none read). */
  whereAnyOf(index: string, values: readonly IndexableType[]): Promise<RowOf<T>[]>;
  get(id: string): Promise<RowOf<T> | undefined>;
  /** The live rows of these ids, in no particular order; missing and deleted ones left out. */
  bulkGet(ids: readonly string[]): Promise<RowOf<T>[]>;
}

export function liveRows<T extends TableName>(db: SandyqDb, table: T): LiveRows<T> {
  const rows = () => db.rows(table);
  return {
    // Filtered after `toArray`, not with Dexie's `filter`: that walks a cursor row by row, where
    // `toArray` on a bare index range is one `getAll` (a school's year of attempts: seconds vs. milliseconds).
    where: async (index, value) => (await rows().where(index).equals(value).toArray()).filter(isLive),
    whereAnyOf: async (index, values) =>
      values.length === 0
        ? []
        : (
            await rows()
              .where(index)
              .anyOf([...values])
              .toArray()
          ).filter(isLive),
    get: async (id) => {
      const row = await rows().get(id);
      return row && isLive(row) ? row : undefined;
    },
    bulkGet: async (ids) => {
      if (ids.length === 0) return [];
      const found = await rows().bulkGet([...new Set(ids)]);
      return found.filter((row): row is RowOf<T> => row !== undefined && isLive(row));
    },
  };
}
