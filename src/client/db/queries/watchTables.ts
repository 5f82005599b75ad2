/**
 * Tells when any row of some tables of a database changes: a write on this laptop, a row
 * stored by sync, or a change made in another tab (Dexie broadcasts its `storagemutated`
 * event across tabs). Screens whose reads take several dependent steps (a lesson, then its
 * roll, then their marks) re-run their read on it.
 *
 * Why not `liveQuery`: it learns what to watch from the reads themselves, through Dexie's
 * zone, and that zone does not survive a chain of nested async functions. The register's
 * reads past the first nested `await` went unrecorded, and it stopped updating after a
 * mark was set. Watching whole tables is coarser (any mark re-runs a register) but cannot
 * miss a change, and re-running a register or a report costs milliseconds.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { TableName } from '@/domain/tables';
import type { SandyqDb } from '../db';

/** A synced table, or one of the device's own (`$outbox`, `$rejections`…). */
export type WatchedTable = TableName | `$${string}`;

export function watchTables(db: SandyqDb, tables: readonly WatchedTable[], onChange: () => void): () => void {
  // Parts are named `idb://<database>/<table>/<index>`; the trailing '/' keeps `marks` from matching `marksX`.
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
