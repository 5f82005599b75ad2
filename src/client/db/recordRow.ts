/**
 * The stored shape of a synced row, whatever its table: the entity's own fields flat beside
 * the sync envelope (`id`, `schoolId`, `clocks`, `deleted`, `schemaVersion`).
 */
import type { z } from 'zod';
import type { ENTITY_SCHEMAS, SyncedRowOf } from '@/domain/entities';
import type { Synced } from '@/domain/syncedRow';
import type { TableName } from '@/domain/tables';

/** Any table's data, untyped: what the generic write path handles. */
export type RecordData = Record<string, unknown>;
export type RecordRow = Synced<RecordData>;

/** A stored row of `T`, typed for readers. */
export type RowOf<T extends TableName> = SyncedRowOf<T>;

/** What a caller passes to create a row of `T`: the schema's input (ids as plain strings). */
export type NewRecord<T extends TableName> = z.input<(typeof ENTITY_SCHEMAS)[T]>;

/** A change to some fields of a row of `T`; `null` clears an optional field. */
export type RecordPatch<T extends TableName> = {
  [K in keyof NewRecord<T>]?: undefined extends NewRecord<T>[K] ? NewRecord<T>[K] | null : NewRecord<T>[K];
};

/** Envelope fields a caller never writes as data; `deleted` only through `deleteRecord`. */
export const ENVELOPE_FIELDS: ReadonlySet<string> = new Set(['id', 'schoolId', 'clocks', 'schemaVersion', 'deleted']);

/** The entity's own fields of a stored row (the envelope removed). */
export function dataOf(row: RecordRow): RecordData {
  const data: RecordData = {};
  for (const [key, value] of Object.entries(row)) if (!ENVELOPE_FIELDS.has(key)) data[key] = value;
  return data;
}
