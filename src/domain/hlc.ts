/**
 * Hybrid logical clock (Kulkarni et al.), as used by Actual's CRDT: every local change gets
 * a stamp that is greater than every stamp this device has made or seen, and that stays
 * close to wall time when clocks are sane.
 *
 * Stamp format (string, compares correctly with `<`):
 *   2026-11-23T22:48:03.123Z-0000-0123456789abcdef
 *   ISO wall millis        - counter (hex, 4) - node id (hex, 16)
 *
 * Guarantees:
 * - Monotonic per node, even when the wall clock stutters or runs backwards.
 * - After receiving a stamp, the next local stamp is greater than it (causality).
 * - Never throws on drift: a school laptop 40 days behind, or an hour ahead, must still
 *   sync. Drift is reported by `clockSkewMs` so the UI can tell the user instead.
 * - Counter overflow carries into the millis part rather than failing; ordering holds.
 *
 * Pure: the caller passes `nowMs`.
 */

export interface HlcState {
  readonly millis: number;
  readonly counter: number;
  readonly node: string;
}

export type HlcStamp = string;

const MAX_COUNTER = 0xffff;
/** Stamps before this or after year 9999 cannot be formatted as ISO; clamp into range. */
const MIN_MILLIS = 0;
const MAX_MILLIS = 253402300799999;

export function createHlc(node: string, nowMs = 0): HlcState {
  if (!/^[0-9a-f]{16}$/.test(node)) throw new RangeError('HLC node must be 16 hex digits');
  return { millis: clampMillis(nowMs), counter: 0, node };
}

function clampMillis(ms: number): number {
  return Math.min(MAX_MILLIS, Math.max(MIN_MILLIS, Math.floor(ms)));
}

function carry(millis: number, counter: number): { millis: number; counter: number } {
  if (counter <= MAX_COUNTER) return { millis, counter };
  // At the very end of the format the counter saturates instead of leaving it: receivers
  // never fold a stamp that far ahead (C3), so this only guards the format itself.
  return millis >= MAX_MILLIS ? { millis: MAX_MILLIS, counter: MAX_COUNTER } : { millis: millis + 1, counter: 0 };
}

/** Advance the clock for a local event and return the new state and the event's stamp. */
export function tick(state: HlcState, nowMs: number): { state: HlcState; stamp: HlcStamp } {
  const phys = clampMillis(nowMs);
  const next = phys > state.millis ? { millis: phys, counter: 0 } : carry(state.millis, state.counter + 1);
  const s: HlcState = { ...next, node: state.node };
  return { state: s, stamp: formatStamp(s) };
}

/** Merge a stamp received from elsewhere so later local stamps sort after it. */
export function receive(state: HlcState, remote: HlcStamp, nowMs: number): HlcState {
  const r = parseStamp(remote);
  const phys = clampMillis(nowMs);
  const maxMillis = Math.max(state.millis, r.millis, phys);
  let counter: number;
  if (maxMillis === state.millis && maxMillis === r.millis) counter = Math.max(state.counter, r.counter) + 1;
  else if (maxMillis === state.millis) counter = state.counter + 1;
  else if (maxMillis === r.millis) counter = r.counter + 1;
  else counter = 0;
  return { ...carry(maxMillis, counter), node: state.node };
}

export function formatStamp(s: { millis: number; counter: number; node: string }): HlcStamp {
  return `${new Date(s.millis).toISOString()}-${s.counter.toString(16).padStart(4, '0')}-${s.node}`;
}

const STAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-f]{16}$/;
/** Where the counter and the node start in a stamp of that form. */
const COUNTER_AT = 25;
const NODE_AT = 30;

/** A stamp in form whose wall part is a real instant. */
export function isStamp(value: unknown): value is HlcStamp {
  return readStamp(value) !== undefined;
}

/** Days of each month in a common year; February gains one in a leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** The first year `MIN_MILLIS` allows. */
const MIN_YEAR = 1970;

/**
 * The stamp's parts, or undefined when it is not a stamp: wrong form, or a wall part that
 * is no real instant (month 13, hour 99, 30 February: `Date.parse` accepts some of those
 * and rolls them over).
 *
 * The wall part is checked field by field rather than parsed and formatted back: the
 * server reads every stamp of every change it is sent, and the round trip through `Date`
 * was a twentieth of a school day's push. Both ways accept exactly the same stamps
 * (tests/unit/domain/readStamp.test.ts compares them on hostile variants).
 */
export function readStamp(stamp: unknown): HlcState | undefined {
  if (typeof stamp !== 'string') return undefined;
  // Tested, not matched: the parts are read by position below, with no match array and no
  // captured strings made for each of the thousand stamps of a school day.
  if (!STAMP_PATTERN.test(stamp)) return undefined;
  const year = digitsAt(stamp, 0, 4);
  const month = digitsAt(stamp, 5, 2);
  const day = digitsAt(stamp, 8, 2);
  const hour = digitsAt(stamp, 11, 2);
  const minute = digitsAt(stamp, 14, 2);
  const second = digitsAt(stamp, 17, 2);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const leapDay = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  if (day > MONTH_DAYS[month - 1]! + leapDay) return undefined;
  const millis = Date.UTC(year, month - 1, day, hour, minute, second, digitsAt(stamp, 20, 3));
  return { millis, counter: hexAt(stamp, COUNTER_AT, 4), node: stamp.slice(NODE_AT) };
}

/** The number the `count` lowercase hex digits at `from` write (the pattern has checked them). */
function hexAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const code = text.charCodeAt(i);
    value = value * 16 + (code <= 57 ? code - 48 : code - 87);
  }
  return value;
}

/** The number the `count` ASCII digits at `from` write (the pattern has checked they are digits). */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

export function parseStamp(stamp: HlcStamp): HlcState {
  const parsed = readStamp(stamp);
  if (!parsed) throw new RangeError(`Not an HLC stamp: ${stamp}`);
  return parsed;
}

/** Total order on stamps; the string form already sorts correctly. */
export function compareStamps(a: HlcStamp, b: HlcStamp): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How far `stamp`'s wall part is ahead of `nowMs` (negative: behind). */
export function clockSkewMs(serverNowMs: number, deviceNowMs: number): number {
  return deviceNowMs - serverNowMs;
}
