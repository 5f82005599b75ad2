/**
 * Counts events per key over a sliding window, in the database (`rate_events`), so that
 * every server process behind a load balancer counts against the same limit: a guesser
 * spreading tries over the processes gets no more tries than against one.
 *
 * Checking and counting is one step (`take`) under a transaction-scoped advisory lock on
 * the keys, so forty guesses sent at once to two processes cannot all pass a limit of ten.
 * Storage is bounded whatever clients send: events older than the window are deleted as
 * the counter is used, and a key never keeps more than `max` events.
 */
import type { Database, SqlExecutor } from '../storage/database';

export interface RateLimit {
  /** Events allowed within the window. */
  max: number;
  windowMs: number;
}

export class DatabaseRateCounter {
  constructor(
    private readonly db: Database,
    /** Names this counter's rows: `login-account`, `password-change`... */
    readonly counter: string,
    readonly limit: RateLimit,
  ) {}

  /** Milliseconds until one more event would be allowed; 0 when it is allowed now. */
  async retryAfterMs(key: string, now: number): Promise<number> {
    return this.waitFor(this.db, storable(key), now);
  }

  /** Counts an event if the limit allows it (returns 0), otherwise returns the wait and counts nothing. */
  async take(key: string, now: number): Promise<number> {
    const [wait] = await takeTogether(this.db, [{ counter: this, key: storable(key) }], now);
    return wait!;
  }

  /** Counts an event whatever the limit (a failure found after the fact). */
  async record(key: string, now: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      await lockKeys(tx, [{ counter: this, key: storable(key) }]);
      await this.insert(tx, storable(key), now);
    });
  }

  /** Takes back one event counted at `at` (an attempt that turned out not to count). */
  async forget(key: string, at: number): Promise<void> {
    await this.db.query(
      `DELETE FROM rate_events WHERE counter = $1 AND key = $2 AND id = (
         SELECT id FROM rate_events WHERE counter = $1 AND key = $2 AND at = $3 ORDER BY id DESC LIMIT 1)`,
      [this.counter, storable(key), at],
    );
  }

  async reset(key: string): Promise<void> {
    await this.db.query('DELETE FROM rate_events WHERE counter = $1 AND key = $2', [this.counter, storable(key)]);
  }

  /** @internal The wait for `key`, after deleting this counter's events that aged out. */
  async waitFor(tx: SqlExecutor, key: string, now: number): Promise<number> {
    const from = now - this.limit.windowMs;
    await tx.query('DELETE FROM rate_events WHERE counter = $1 AND at <= $2', [this.counter, from]);
    const recent = await tx.query<{ at: number }>(
      'SELECT at FROM rate_events WHERE counter = $1 AND key = $2 AND at > $3 ORDER BY at DESC, id DESC LIMIT $4',
      [this.counter, key, from, this.limit.max],
    );
    if (recent.length < this.limit.max) return 0;
    return Math.max(1, Number(recent[recent.length - 1]!.at) + this.limit.windowMs - now);
  }

  /** @internal Counts one event and keeps only the newest `max` of the key. */
  async insert(tx: SqlExecutor, key: string, now: number): Promise<void> {
    await tx.query('INSERT INTO rate_events (counter, key, at) VALUES ($1, $2, $3)', [this.counter, key, now]);
    await tx.query(
      `DELETE FROM rate_events WHERE counter = $1 AND key = $2 AND id NOT IN (
         SELECT id FROM rate_events WHERE counter = $1 AND key = $2 ORDER BY at DESC, id DESC LIMIT $3)`,
      [this.counter, key, this.limit.max],
    );
  }
}

/**
 * Counts an event under every (counter, key) if all of them allow it: returns 0 each, or
 * the waits (nothing counted). The keys are locked in one order, so two requests locking
 * the same keys never wait for each other in a circle.
 */
export async function takeTogether(
  db: Database,
  items: ReadonlyArray<{ counter: DatabaseRateCounter; key: string }>,
  now: number,
): Promise<number[]> {
  const keyed = items.map((i) => ({ counter: i.counter, key: storable(i.key) }));
  return db.transaction(async (tx) => {
    await lockKeys(tx, keyed);
    const waits: number[] = [];
    for (const { counter, key } of keyed) waits.push(await counter.waitFor(tx, key, now));
    if (waits.every((w) => w === 0)) for (const { counter, key } of keyed) await counter.insert(tx, key, now);
    return waits;
  });
}

async function lockKeys(tx: SqlExecutor, items: ReadonlyArray<{ counter: DatabaseRateCounter; key: string }>): Promise<void> {
  const names = [...new Set(items.map((i) => `${i.counter.counter}:${i.key}`))].sort();
  await tx.query('SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) AS k ORDER BY k', [names]);
}

/** A key as PostgreSQL text can hold it: a login typed with NUL in it is a key like any other, not a 500. */
function storable(key: string): string {
  return key.replace(/\u0000/g, '\ufffd');
}
