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

/**
 * Runs `fn` holding as many of the named locks as are free (in name order, so two tabs
 * never wait on each other crosswise); `fn` is told which it holds. A pass carrying other
 * people's changes leaves out those whose database another tab is syncing.
 */
export async function withSyncLocks<T>(names: readonly string[], fn: (held: ReadonlySet<string>) => Promise<T>): Promise<T> {
  const sorted = [...new Set(names)].sort();
  const holding = new Set<string>();
  const next = async (i: number): Promise<T> => {
    if (i === sorted.length) return fn(holding);
    const name = sorted[i]!;
    let ran = false;
    const value = await withSyncLock(name, async () => {
      ran = true;
      holding.add(name);
      try {
        return await next(i + 1);
      } finally {
        holding.delete(name);
      }
    });
    return ran ? (value as T) : next(i + 1);
  };
  return next(0);
}
