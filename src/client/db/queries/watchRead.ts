/**
 * A read of the device database kept current, outside React: run now, and again after any
 * change to a table it reads, whether the change is a write on this laptop, a row stored by
 * sync or another tab's write. The tables are found by running the read on a tracking view
 * (`trackingView`), added to any the caller declares; when a run opens a table not watched
 * yet, the read runs once more after watching it, so a change made meanwhile is not lost.
 * Changes arriving while a read runs start one more read, never several.
 */
import type { SandyqDb } from '../db';
import { trackingView } from './trackingView';
import { watchTables, type WatchedTable } from './watchTables';

export type ReadOutcome<T> = { readonly value: T } | { readonly error: unknown };

export function watchRead<T>(
  db: SandyqDb,
  declared: readonly WatchedTable[],
  read: (db: SandyqDb) => Promise<T>,
  onOutcome: (outcome: ReadOutcome<T>) => void,
): () => void {
  const watched = new Set<WatchedTable>(declared);
  let isCurrent = true;
  let isRunning = false;
  let isStale = false;
  let stopWatching = () => {};
  const watch = () => {
    stopWatching();
    stopWatching = watchTables(db, [...watched], run);
  };
  function run(): void {
    if (isRunning) {
      isStale = true;
      return;
    }
    isRunning = true;
    const view = trackingView(db);
    read(view.db)
      .then(
        (value) => isCurrent && onOutcome({ value }),
        (error: unknown) => isCurrent && onOutcome({ error }),
      )
      .finally(() => {
        isRunning = false;
        if (!isCurrent) return;
        const found = [...view.tables].filter((table) => !watched.has(table));
        if (found.length > 0) {
          for (const table of found) watched.add(table);
          watch();
          isStale = true;
        }
        if (isStale) {
          isStale = false;
          run();
        }
      });
  }
  watch();
  run();
  return () => {
    isCurrent = false;
    stopWatching();
  };
}
