/**
 * Counts events per key over a sliding window, in memory: the log of each key's recent
 * event times, pruned as they age out. Memory is bounded whatever clients send: at most
 * `max` times per key and at most `maxKeys` keys; past that the key idle longest is
 * forgotten first (a Map keeps insertion order, and a key is re-inserted on every event).
 *
 * In one process's memory: the server's own limits count in the database instead
 * (DatabaseRateCounter), so that several processes count the same events.
 */
import type { RateLimit } from './DatabaseRateCounter';

export type { RateLimit };

export class SlidingWindowCounter {
  private readonly events = new Map<string, number[]>();

  constructor(
    readonly limit: RateLimit,
    private readonly maxKeys = 100_000,
  ) {}

  /** Milliseconds until one more event would be allowed; 0 when it is allowed now. */
  retryAfterMs(key: string, now: number): number {
    const times = this.live(key, now);
    if (times.length < this.limit.max) return 0;
    return times[times.length - this.limit.max]! + this.limit.windowMs - now;
  }

  record(key: string, now: number): void {
    const times = this.live(key, now);
    times.push(now);
    if (times.length > this.limit.max) times.splice(0, times.length - this.limit.max);
    this.events.delete(key);
    this.events.set(key, times);
    while (this.events.size > this.maxKeys) {
      const oldest = this.events.keys().next().value;
      if (oldest === undefined) break;
      this.events.delete(oldest);
    }
  }

  /** Takes back one event recorded at `at` (an attempt that turned out not to count). */
  forget(key: string, at: number): void {
    const times = this.events.get(key);
    const index = times?.lastIndexOf(at) ?? -1;
    if (!times || index < 0) return;
    times.splice(index, 1);
    if (times.length === 0) this.events.delete(key);
  }

  reset(key: string): void {
    this.events.delete(key);
  }

  /** Keys held now (for tests of the memory bound). */
  get size(): number {
    return this.events.size;
  }

  private live(key: string, now: number): number[] {
    const times = this.events.get(key);
    if (!times) return [];
    const from = now - this.limit.windowMs;
    let drop = 0;
    while (drop < times.length && times[drop]! <= from) drop++;
    if (drop > 0) times.splice(0, drop);
    if (times.length === 0) this.events.delete(key);
    return times;
  }
}
