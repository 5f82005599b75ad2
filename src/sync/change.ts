/**
 * A change to one synced row: the unit a device's outbox holds and a sync request carries.
 *
 * `fields` holds only the fields this write touched; `clocks` holds one HLC stamp per
 * touched field (all fields of one local write share the write's stamp). `bases` holds,
 * per touched field, the stamp the device held for that field when it wrote (null: the
 * device had no value). The server uses `bases` to tell an edit of a value the writer had
 * seen (no conflict) from a concurrent overwrite (a conflict record keeps the loser).
 *
 * Applying a change anywhere is a per-field "keep the greater stamp" merge, so applying it
 * twice, or in any order relative to other changes, gives the same row.
 */
import { z } from 'zod';
import { TABLE_NAMES, type TableName } from '../domain/tables';

export const ChangeKind = {
  /** Create or update fields of a mutable row. */
  upsert: 'upsert',
  /** Insert a row of an append-only table (a quiz attempt, an answer); never edited after. */
  append: 'append',
} as const;
export type ChangeKind = (typeof ChangeKind)[keyof typeof ChangeKind];

/** A change waiting on this device to be sent; `seq` orders the outbox and names the mutation. */
export interface OutboxEntry extends Change {
  seq?: number;
  /** Device time the change was made at (ms); for display only, never for ordering. */
  createdAt: number;
}

export const STAMP_REGEX = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-f]{16}$/;
export const stampSchema = z.string().regex(STAMP_REGEX);
const fieldName = z.string().min(1).max(64);

export const changeSchema = z.object({
  table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]),
  id: z.string().min(1).max(64),
  schoolId: z.string().min(1).max(64),
  kind: z.enum([ChangeKind.upsert, ChangeKind.append]),
  fields: z.record(fieldName, z.unknown()),
  clocks: z.record(fieldName, stampSchema),
  bases: z.record(fieldName, stampSchema.nullable()).optional(),
});
/** Written once, as its schema: the type is inferred from it. */
export type Change = z.infer<typeof changeSchema>;
