/**
 * How many pulled rows this laptop set aside (rule C3), kept current: `onCount` runs with
 * the count now and after every change to `$setAside`. Returns the function that stops.
 */
import { liveQuery } from 'dexie';
import { getDb } from './openSandyqDb';

export function watchSetAsideCount(dbName: string, onCount: (count: number) => void): () => void {
  const db = getDb(dbName);
  const subscription = liveQuery(() => db.$setAside.count()).subscribe({ next: onCount, error: () => undefined });
  return () => subscription.unsubscribe();
}
