/**
 * A view of the database for one read that records every table the read opens, however
 * deep in nested `await`s it does so (unlike Dexie's zone-based `liveQuery`): a live read
 * then watches what it actually read, and a table left out of a hand-kept list can no
 * longer make a screen stop updating.
 */
import type { TableName } from '../../../domain/tables';
import type { SandyqDb } from '../db';

export interface TrackingView {
  readonly db: SandyqDb;
  /** The tables opened through `db` so far. */
  readonly tables: ReadonlySet<TableName>;
}

export function trackingView(db: SandyqDb): TrackingView {
  const tables = new Set<TableName>();
  const opened = (name: string) => tables.add(name as TableName);
  const view = new Proxy(db, {
    get(target, prop) {
      if (prop === 'table' || prop === 'records' || prop === 'rows') {
        return (name: string) => {
          opened(name);
          return target.table(name);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      // Dexie's own methods expect the real instance as `this`.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: view, tables };
}
