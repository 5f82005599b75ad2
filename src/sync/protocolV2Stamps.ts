/**
 * Protocol v2 carries one stamp per write instead of one per field: the stamp most of a
 * change's (or a row's) fields share, and an override for each field whose stamp differs.
 * The same packing carries a change's bases. Both ends decode back to the per-field
 * records of `Change` and `PulledRow`, so the merge rules (SPEC.md) see what v1 gave them.
 *
 * Lossless for any record: when a field of `fields` has no entry in the per-field record,
 * the whole record goes as the overrides with no shared value (`common` undefined), and the
 * decoder takes it as it is.
 */

export interface PackedPerField<V> {
  /** The value most fields share; undefined: `overrides` is the whole record. */
  common?: V;
  /** Per field, where it differs from `common` (or is not a field of the change). */
  overrides?: Record<string, V>;
}

/** Packs `record` (a value per field) against the change's `fieldNames`. */
export function packPerField<V extends string | null>(fieldNames: readonly string[], record: Readonly<Record<string, V>>): PackedPerField<V> {
  const keys = Object.keys(record);
  if (keys.length === 0) return {};
  if (fieldNames.length === 0 || fieldNames.some((f) => !Object.hasOwn(record, f))) return { overrides: Object.fromEntries(Object.entries(record)) };
  const common = mostCommon(fieldNames.map((f) => record[f]!));
  const named = new Set(fieldNames);
  const differing = keys.filter((key) => !named.has(key) || record[key] !== common);
  return differing.length ? { common, overrides: Object.fromEntries(differing.map((key) => [key, record[key]!])) } : { common };
}

/** The per-field record `packPerField` packed, given the same field names. */
export function unpackPerField<V>(
  fieldNames: readonly string[],
  common: V | undefined,
  overrides: Readonly<Record<string, V>> | undefined,
): Record<string, V> {
  const record: Record<string, V> = {};
  if (common !== undefined) for (const f of fieldNames) setOwn(record, f, common);
  if (overrides) for (const key of Object.keys(overrides)) setOwn(record, key, overrides[key]!);
  return record;
}

/** Sets an own key; a field named `__proto__` (hostile input) stays a plain key, as `Object.fromEntries` keeps it. */
function setOwn<V>(record: Record<string, V>, key: string, value: V): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

function mostCommon<V>(values: readonly V[]): V {
  const counts = new Map<V, number>();
  let best = values[0] as V;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}
