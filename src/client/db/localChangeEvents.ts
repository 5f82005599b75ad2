/**
 * Tells the sync scheduler of this tab that a local change was committed to a database,
 * so it can push within seconds instead of at the next minute's pass. Announced when the
 * write's transaction completes (never for one that rolled back), and only for changes
 * made here: rows stored by sync and acknowledged outbox entries are not local changes.
 */
type Listener = () => void;

const listeners = new Map<string, Set<Listener>>();

export function onLocalChange(dbName: string, listener: Listener): () => void {
  let set = listeners.get(dbName);
  if (!set) listeners.set(dbName, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

export function announceLocalChange(dbName: string): void {
  for (const listener of listeners.get(dbName) ?? []) listener();
}
