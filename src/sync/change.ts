/**
 * A change to one synced row: the unit a device's outbox holds and a sync request carries.
 *
 * `fields` holds only the fields this write touched; `clocks` holds one HLC stamp per
 * touched field (all fields of one local write share the write's stamp). Applying a change
 * anywhere is a per-field "keep the greater stamp" merge, so applying it twice, or in any
 * order relative to other changes, gives the same row.
 */
import { z } from 'zod';
import { TABLE_NAMES, type TableName } from '../domain/tables';
import type { HlcStamp } from '../domain/hlc';

export const ChangeKind = {
  /** Create or update fields of a mutable row. */
  upsert: 'upsert',
  /** Insert a row of an append-only table (a quiz attempt, an answer); never edited after. */
  append: 'append',
} as const;
export type ChangeKind = (typeof ChangeKind)[keyof typeof ChangeKind];

export interface Change {
  table: TableName;
  id: string;
  schoolId: string;
  kind: ChangeKind;
  fields: Record<string, unknown>;
  clocks: Record<string, HlcStamp>;
}

/** A change waiting on this device to be sent; `seq` orders the outbox and names the mutation. */
export interface OutboxEntry extends Change {
  seq?: number;
  /** Device time the change was made at (ms); for display only, never for ordering. */
  createdAt: number;
}

const stamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-f]{16}$/);

export const changeSchema = z.object({
  table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]),
  id: z.string().min(1).max(64),
  schoolId: z.string().min(1).max(64),
  kind: z.enum([ChangeKind.upsert, ChangeKind.append]),
  fields: z.record(z.string().max(64), z.unknown()),
  clocks: z.record(z.string().max(64), stamp),
});
