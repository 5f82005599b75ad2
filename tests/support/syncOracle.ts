/**
 * What the server and every device must hold after a randomized sync run, computed from
 * the writes alone: per field, the accepted write with the greatest stamp. And which lost
 * values must be conflict rows, whatever order the server saw the writes in: every
 * accepted value that is not the final one, unless a write with a greater stamp wrote the
 * same value (the value stands, or lives on in that write), or a later write named it as
 * its base (its writer saw it and replaced it on purpose).
 */
import type { HlcStamp } from '@/domain/hlc';
import { sameValue } from '@/sync/mergeRow';

export interface LoggedWrite {
  table: string;
  id: string;
  fields: Record<string, unknown>;
  clocks: Record<string, HlcStamp>;
  bases?: Record<string, HlcStamp | null>;
}

export interface ExpectedField {
  value: unknown;
  stamp: HlcStamp;
}

export type ExpectedRows = Map<string, Map<string, ExpectedField>>;

export const rowKey = (table: string, id: string) => `${table}/${id}`;

export function expectedRows(writes: readonly LoggedWrite[]): ExpectedRows {
  const rows: ExpectedRows = new Map();
  for (const w of writes) {
    const key = rowKey(w.table, w.id);
    const row = rows.get(key) ?? new Map<string, ExpectedField>();
    rows.set(key, row);
    for (const [field, stamp] of Object.entries(w.clocks)) {
      const current = row.get(field);
      if (!current || stamp > current.stamp) row.set(field, { value: w.fields[field], stamp });
    }
  }
  return rows;
}

export interface LostWrite {
  table: string;
  id: string;
  field: string;
  value: unknown;
  stamp: HlcStamp;
}

/** Accepted values that lost to a concurrent value; each must be a conflict row. */
export function mustBeConflicts(writes: readonly LoggedWrite[], _rows: ExpectedRows): LostWrite[] {
  const knowinglyOverwritten = new Set<string>();
  for (const w of writes) {
    for (const [field, base] of Object.entries(w.bases ?? {})) if (base) knowinglyOverwritten.add(`${rowKey(w.table, w.id)}/${field}/${base}`);
  }
  const byField = new Map<string, ExpectedField[]>();
  for (const w of writes) {
    for (const [field, stamp] of Object.entries(w.clocks)) {
      const key = `${rowKey(w.table, w.id)}/${field}`;
      byField.set(key, [...(byField.get(key) ?? []), { value: w.fields[field], stamp }]);
    }
  }
  const lost: LostWrite[] = [];
  for (const w of writes) {
    for (const [field, stamp] of Object.entries(w.clocks)) {
      const key = `${rowKey(w.table, w.id)}/${field}`;
      const value = w.fields[field];
      const later = byField.get(key)!.filter((x) => x.stamp > stamp);
      if (later.length === 0 || later.some((x) => sameValue(x.value, value))) continue;
      if (knowinglyOverwritten.has(`${key}/${stamp}`)) continue;
      lost.push({ table: w.table, id: w.id, field, value: w.fields[field], stamp });
    }
  }
  return lost;
}
