/**
 * The domain's seeded generator with the shapes randomized tests want: a numeric seed (the
 * one printed for a failing run), exclusive integer ranges, coin flips and bytes.
 */
import { seededRandom as domainRandom } from '@/domain/seededRandom';

export interface SeededRandom {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  bytes(n: number): Uint8Array;
}

export function seededRandom(seed: number): SeededRandom {
  const r = domainRandom(`test-seed:${seed}`);
  const int = (max: number) => Math.floor(r.next() * max);
  return {
    next: r.next,
    int,
    pick: (items) => items[int(items.length)]!,
    chance: (p) => r.next() < p,
    bytes: (n) => Uint8Array.from({ length: n }, () => int(256)),
  };
}
