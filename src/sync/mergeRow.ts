/**
 * The merge rule of Sandyq, pure: per field, the value with the greater HLC stamp wins.
 * Both ends run it: the server when it applies a device's mutation (and then it also
 * reports the concurrent values that lost, which become conflict records), and a device
 * when it stores a pulled row over its own.
 *
 * Its properties are rules M1-M6 of SPEC.md, cited by the tests in
 * tests/unit/sync/mergeRow.test.ts.
 */
import type { HlcStamp } from '../domain/hlc';

export interface RowState {
  fields: Record<string, unknown>;
  clocks: Record<string, HlcStamp>;
}

export interface IncomingWrite {
  fields: Record<string, unknown>;
  clocks: Record<string, HlcStamp>;
  /** Per field, the stamp the writer held when it wrote; absent: unknown (a pulled row). */
  bases?: Record<string, HlcStamp | null>;
}

export interface LostValue {
  field: string;
  value: unknown;
  stamp: HlcStamp;
  /** The stamp of the value that stands. */
  winningStamp: HlcStamp;
  /** `incoming`: the write's own value lost; `current`: the stored value was overwritten. */
  side: 'incoming' | 'current';
}

export interface MergeResult {
  row: RowState;
  /** Fields whose value or stamp changed. */
  changedFields: string[];
  lost: LostValue[];
}

const { hasOwn } = Object;

export function mergeRow(current: RowState | undefined, incoming: IncomingWrite): MergeResult {
  const fields = { ...(current?.fields ?? {}) };
  const clocks = { ...(current?.clocks ?? {}) };
  const changedFields: string[] = [];
  const lost: LostValue[] = [];

  // Own keys walked in place (`for...in`), not listed: both ends merge every row they take.
  for (const field in incoming.clocks) {
    if (!hasOwn(incoming.clocks, field) || !(field in incoming.fields)) continue;
    const stamp = incoming.clocks[field]!;
    const value = incoming.fields[field];
    const currentStamp = clocks[field];
    if (currentStamp === undefined || stamp > currentStamp) {
      if (currentStamp !== undefined && incoming.bases && (incoming.bases[field] ?? null) !== currentStamp) {
        if (!sameValue(fields[field], value)) {
          lost.push({ field, value: fields[field], stamp: currentStamp, winningStamp: stamp, side: 'current' });
        }
      }
      fields[field] = value;
      clocks[field] = stamp;
      changedFields.push(field);
    } else if (stamp < currentStamp && incoming.bases && !sameValue(fields[field], value)) {
      lost.push({ field, value, stamp, winningStamp: currentStamp, side: 'incoming' });
    }
  }
  return { row: { fields, clocks }, changedFields, lost };
}

/** Structural equality for JSON values; key order of objects does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return a === undefined && b === undefined;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
