/**
 * The envelope every synced row carries, whatever its entity.
 *
 * Invariants:
 * - `id` is made offline (UUIDv7, or `derivedId` for rows two devices must share) and never changes.
 * - `schoolId` never changes: it is the row's scope for authorization and distribution.
 * - `clocks[field]` is the HLC stamp of the last write to `field`; merge keeps, per field,
 *   the value with the greater stamp. A field absent from `clocks` was never written.
 * - `deleted` is a tombstone (merged like any field); rows are never removed, so a delete
 *   made offline reaches every device.
 * - `schemaVersion` is the version of the entity's schema the row was written in; readers
 *   migrate older rows on read (see each entity's migrations).
 */
import { z } from 'zod';
import type { HlcStamp } from './hlc';

export interface SyncMeta {
  id: string;
  schoolId: string;
  clocks: Record<string, HlcStamp>;
  deleted?: boolean;
  schemaVersion: number;
}

export type Synced<T> = T & SyncMeta;

/** Fields that belong to the envelope, never to an entity's own data. */
export const META_FIELDS = ['id', 'schoolId', 'clocks', 'schemaVersion'] as const;

export const syncMetaSchema = z.object({
  id: z.string().min(1).max(64),
  schoolId: z.string().min(1).max(64),
  clocks: z.record(z.string(), z.string()),
  deleted: z.boolean().optional(),
  schemaVersion: z.number().int().min(1),
});
