/**
 * How a row's per-field stamps are kept in the `clocks` column: the stamp most of its
 * fields share once, under the key `ROW_STAMP`, and by name only the fields that differ.
 *
 * A write's fields share one stamp (protocol v2 sends one per write), so spelled out field
 * by field the stamps were 46 % of a school day's write statement and of every stored row:
 * PostgreSQL spent about a third of its time parsing that statement's JSON, and the server
 * as long again encoding it. Rows stored before keep their spelled-out form, which reads the
 * same (no `ROW_STAMP` key), so nothing needs migrating.
 */

/** Never a field name: `screenMutation` refuses the empty name, and the server writes none. */
export const ROW_STAMP = '';

const { hasOwn } = Object;

/**
 * The stored form of `clocks` for a row holding `data`. Spelled out as given when the
 * shared stamp could not stand for them: a field without a stamp, or an empty row.
 */
export function packClocks(data: Record<string, unknown>, clocks: Record<string, string>): Record<string, string> {
  let shared: string | undefined;
  let allShared = true;
  for (const field in data) {
    if (!hasOwn(data, field)) continue;
    if (!hasOwn(clocks, field) || field === '__proto__') return clocks;
    const stamp = clocks[field]!;
    if (shared === undefined) shared = stamp;
    else if (stamp !== shared) allShared = false;
  }
  if (shared === undefined || hasOwn(clocks, ROW_STAMP)) return clocks;
  if (!allShared) shared = mostSharedStamp(data, clocks);
  const packed: Record<string, string> = { [ROW_STAMP]: shared };
  for (const field in clocks) {
    if (!hasOwn(clocks, field)) continue;
    if (field === '__proto__') return clocks;
    if (clocks[field] !== shared || !hasOwn(data, field)) packed[field] = clocks[field]!;
  }
  return packed;
}

/** The per-field stamps of a stored row: `packClocks` undone; a spelled-out form as it is. */
export function unpackClocks(data: Record<string, unknown>, stored: Record<string, string>): Record<string, string> {
  if (!hasOwn(stored, ROW_STAMP)) return stored;
  const shared = stored[ROW_STAMP]!;
  const clocks: Record<string, string> = {};
  for (const field of Object.keys(data)) setOwn(clocks, field, hasOwn(stored, field) ? stored[field]! : shared);
  for (const field of Object.keys(stored)) if (field !== ROW_STAMP && !hasOwn(clocks, field)) setOwn(clocks, field, stored[field]!);
  return clocks;
}

function mostSharedStamp(data: Record<string, unknown>, clocks: Record<string, string>): string {
  const counts = new Map<string, number>();
  let best = '';
  let bestCount = 0;
  for (const field of Object.keys(data)) {
    const stamp = clocks[field]!;
    const count = (counts.get(stamp) ?? 0) + 1;
    counts.set(stamp, count);
    if (count > bestCount) [best, bestCount] = [stamp, count];
  }
  return best;
}

/** A stored row's field named `__proto__` stays an own key (JSON.parse makes it one). */
function setOwn(record: Record<string, string>, field: string, stamp: string): void {
  if (field === '__proto__') Object.defineProperty(record, field, { value: stamp, enumerable: true, writable: true, configurable: true });
  else record[field] = stamp;
}
