/**
 * Two tabs of the app never sync at once: a Web Lock per database (shared by all tabs of
 * the origin). A tab that finds the lock taken skips its pass: the other tab's pass moves
 * the same outbox. Where Web Locks are missing (Node tests), an in-process lock stands in.
 */
const held = new Set<string>();

export async function withSyncLock<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) {
    return locks.request(name, { ifAvailable: true }, async (lock) => (lock ? fn() : undefined)) as Promise<T | undefined>;
  }
  if (held.has(name)) return undefined;
  held.add(name);
  try {
    return await fn();
  } finally {
    held.delete(name);
  }
}
