/**
 * The measurer's arithmetic, apart from the network so it can be checked by hand:
 * the round trip of a ping series, a transfer's rate when the arrivals cannot tell it,
 * and the size of the next transfer.
 */

/** Median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Bits a second of `bytes` moved in `elapsedMs`, less the one round trip every exchange
 * pays (request out, first byte back). Never divides by less than 1 ms.
 */
export function rateFromTiming(bytes: number, elapsedMs: number, roundTripMs: number): number {
  return (bytes * 8 * 1000) / Math.max(1, elapsedMs - roundTripMs);
}

export const TransferSize = {
  /** The first transfer each way: small enough for the worst link to carry in well under a second. */
  probeBytes: 64_000,
  /** The smallest measuring transfer: enough arrivals for the rate to show through loss stalls. */
  minBytes: 256_000,
} as const;

/** Bytes the link moves in `seconds` at `bitsPerSecond`, within [min, max]. */
export function transferBytesFor(bitsPerSecond: number, seconds: number, maxBytes: number, minBytes: number = TransferSize.minBytes): number {
  const bytes = Math.round((bitsPerSecond / 8) * seconds);
  return Math.min(maxBytes, Math.max(minBytes, Number.isFinite(bytes) ? bytes : maxBytes));
}

/** A transfer shorter than this at its own rate (s) says too little about the link. */
export const MIN_TRUSTED_SECONDS = 2.5;

/** Whether a transfer of `bytes` that ran at `bitsPerSecond` is long enough to trust (or as long as allowed). */
export function isTrusted(bytes: number, bitsPerSecond: number, maxBytes: number): boolean {
  return bytes >= maxBytes || (bytes * 8) / bitsPerSecond >= MIN_TRUSTED_SECONDS;
}

/**
 * Whether a rate read from the arrivals fits the transfer's duration. Bytes cannot arrive
 * faster than the link, and TCP holds them at most one retransmission timeout (round trip
 * + 200 ms, Linux's floor) behind it, so the link is no faster than the bytes over the time
 * less two round trips and 200 ms. A rate above that (with 10 % to spare) came from a
 * reader that paused, not from the link.
 */
export function isConsistent(bitsPerSecond: number, bytes: number, elapsedMs: number, roundTripMs: number): boolean {
  const window = elapsedMs - 2 * roundTripMs - 200;
  return window <= 0 || bitsPerSecond <= ((bytes * 8 * 1000) / window) * 1.1;
}

/** Mbit/s from bits a second, to 2 decimals (what is stored and shown). */
export function toMbps(bitsPerSecond: number): number {
  return Math.round(bitsPerSecond / 10_000) / 100;
}
