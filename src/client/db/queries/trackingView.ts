/**
 * A view of the database for one read that records every table the read opens, however
 * deep in nested `await`s it does so (unlike Dexie's zone-based `liveQuery`): a live read
 * then watches what it actually read, and a table left out of a hand-kept list can no
 * longer make a screen stop updating.
 */
import type { SandyqDb } from '../db';
import type { WatchedTable } from './watchTables';

export interface TrackingView {
  readonly db: SandyqDb;
  /** The tables opened through `db` so far. */
  readonly tables: ReadonlySet<WatchedTable>;
}

export function trackingView(db: SandyqDb): TrackingView {
  const tables = new Set<WatchedTable>();
  const opened = (name: string) => tables.add(name as WatchedTable);
  const view = new Proxy(db, {
    get(target, prop) {
      if (prop === 'table' || prop === 'records' || prop === 'rows') {
        return (name: string) => {
          opened(name);
          return target.table(name);
        };
      }
      // The device's own tables (`$outbox`, `$rejections`…) are properties named as the table.
      if (typeof prop === 'string' && prop.startsWith('$')) opened(prop);
      const value: unknown = Reflect.get(target, prop, target);
      // Dexie's own methods expect the real instance as `this`.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: view, tables };
}
