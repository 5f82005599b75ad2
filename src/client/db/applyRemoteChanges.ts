/**
 * Stores rows pulled from the server: each merged into the local row per field by HLC
 * stamp (`mergeRow`, the one merge rule both ends run), in one transaction with the page's
 * cursor and the clock.
 *
 * Rules (ids from src/sync/SPEC.md):
 * - P5: a local value with a greater stamp (a change not yet pushed) stays; the pulled value
 *   replaces an older one. The outbox is not touched: a pending value that lost here is still
 *   pushed, loses again on the server, and the server, which alone sees both writers' bases,
 *   records it as a `conflicts` row (S4) that comes back down. So nothing typed is dropped
 *   silently, and no device invents a conflict the server did not.
 * - P4: the page's cursor is stored in the same transaction as its rows: a cut response
 *   resumes after the last page stored, never before or after it.
 * - C1: every pulled stamp is folded into the device clock, so a later local write is
 *   stamped after every value the device has seen.
 * - Idempotent: applying a page twice changes nothing the second time (equal stamps keep
 *   the stored value), and the order rows arrive in does not change the result.
 * - A `null` value is a cleared field: the row lacks it and keeps its clock.
 * - C3: a row of a table this device does not know, or with a stamp that is no real time or
 *   lies too far ahead of the server's time, is set aside in `$setAside`, never folded; the
 *   cursor still moves, so such a row cannot stop the device from syncing.
 */
import type { HlcStamp } from '@/domain/hlc';
import { SCHEMA_VERSIONS } from '@/domain/entities';
import type { TableName } from '@/domain/tables';
import { mergeRow } from '@/sync/mergeRow';
import type { PulledRow } from '@/sync/protocol';
import type { SandyqDb } from './db';
import { guardStorage } from './guardStorage';
import { receiveStamps } from './localClock';
import { pulledRowScreen } from '@/sync/screenPulledRow';
import type { SetAsideRow } from './setAsideRow';
import type { RecordData, RecordRow } from './recordRow';
import { writeSyncState } from './syncState';

export interface ApplyRemoteOptions {
  /** The cursor to store with these rows (the page's), if any. */
  cursor?: string;
  /**
   * The server's wall time from the answer's header, ms: the bound stamps are checked
   * against (C3). Sync always passes it; without it only the stamps' form is checked (the
   * device's own clock may be weeks wrong, so it cannot stand in).
   */
  serverTime?: number;
}

export interface ApplyRemoteResult {
  /** Rows whose stored value changed (new rows included). */
  changedRows: number;
  /** Rows set aside, not folded (C3). */
  setAside: number;
}

/** How much of a set-aside row is kept: enough to see what it was. */
const SET_ASIDE_CHARS = 4_000;

/** Fields of the envelope a pulled row must not overwrite; `deleted` merges like any field. */
const FIXED_FIELDS = new Set(['id', 'schoolId', 'clocks', 'schemaVersion']);

export function applyRemoteChanges(db: SandyqDb, pulled: readonly PulledRow[], options: ApplyRemoteOptions = {}): Promise<ApplyRemoteResult> {
  const serverTime = options.serverTime ?? Number.POSITIVE_INFINITY;
  const screen = pulledRowScreen(serverTime);
  const rejects: SetAsideRow[] = [];
  const rows: PulledRow[] = [];
  for (const row of pulled) {
    const problem = screen(row);
    if (problem === undefined) rows.push(row);
    else
      rejects.push({
        table: String(row.table),
        rowId: String(row.id),
        problem,
        row: JSON.stringify(row).slice(0, SET_ASIDE_CHARS),
        receivedAt: db.env.now(),
      });
  }
  const tables = [...new Set(rows.map((r) => r.table))].map((t) => db.records(t));
  return guardStorage(db, () =>
    db.transaction('rw', [...tables, db.$syncState, db.$setAside], async () => {
      if (rejects.length > 0) await db.$setAside.bulkAdd(rejects);
      const greatest = greatestStamp(rows);
      if (greatest !== undefined) await receiveStamps(db, [greatest]);
      let changedRows = 0;
      // One bulk read and one bulk write per table: a row at a time cost two IndexedDB
      // requests a row, most of a first pull's time on the device. Rows merge in page order
      // against the latest value, so a row twice in a page merges as if applied one by one.
      for (const [table, pulledRows] of groupByTable(rows)) {
        const store = db.records(table);
        const ids = [...new Set(pulledRows.map((r) => r.id))];
        const stored = await store.bulkGet(ids);
        const latest = new Map<string, RecordRow | undefined>(ids.map((id, i) => [id, stored[i]]));
        const changed = new Map<string, RecordRow>();
        for (const pulled of pulledRows) {
          const next = mergePulledRow(pulled, latest.get(pulled.id));
          if (!next) continue;
          latest.set(pulled.id, next);
          changed.set(pulled.id, next);
          changedRows += 1;
        }
        if (changed.size > 0) await store.bulkPut([...changed.values()]);
      }
      if (options.cursor !== undefined) await writeSyncState(db.$syncState, 'pullCursor', options.cursor);
      return { changedRows, setAside: rejects.length };
    }),
  );
}

function groupByTable(rows: readonly PulledRow[]): Map<TableName, PulledRow[]> {
  const groups = new Map<TableName, PulledRow[]>();
  for (const r of rows) {
    const group = groups.get(r.table);
    if (group) group.push(r);
    else groups.set(r.table, [r]);
  }
  return groups;
}

/** The row after merging `pulled` into `current`, or undefined when nothing changes. */
function mergePulledRow(pulled: PulledRow, current: RecordRow | undefined): RecordRow | undefined {
  if (current === undefined) return newPulledRow(pulled);
  const incoming = { fields: withoutFixed(pulled.fields), clocks: withoutFixed(pulled.clocks) as Record<string, HlcStamp> };
  const merged = mergeRow(current && { fields: withoutFixed(current), clocks: current.clocks }, incoming);
  if (merged.changedFields.length === 0) return undefined;
  return toRow(pulled.table, pulled, current, merged.row.fields, merged.row.clocks);
}

function toRow(table: TableName, pulled: PulledRow, current: RecordRow | undefined, fields: RecordData, clocks: Record<string, HlcStamp>): RecordRow {
  const row: RecordRow = {
    id: pulled.id,
    schoolId: current?.schoolId ?? pulled.schoolId,
    clocks,
    schemaVersion: current?.schemaVersion ?? SCHEMA_VERSIONS[table],
  };
  for (const [field, value] of Object.entries(fields)) if (value !== null && value !== undefined) row[field] = value;
  return row;
}

/**
 * `mergePulledRow` for a row the device does not hold yet (nearly every row of a first
 * pull): what merging into nothing gives, built in one pass instead of through the copies
 * a merge into a stored row needs. Each field with a stamp is taken; a null value is a
 * cleared field (its clock kept, the value left out); envelope fields are never taken.
 */
function newPulledRow(pulled: PulledRow): RecordRow | undefined {
  const clocks: Record<string, HlcStamp> = {};
  const row: RecordRow = { id: pulled.id, schoolId: pulled.schoolId, clocks, schemaVersion: SCHEMA_VERSIONS[pulled.table] };
  let taken = 0;
  for (const field of Object.keys(pulled.clocks)) {
    // `__proto__` as an own key (hostile JSON) would set the row's prototype: never a field.
    if (FIXED_FIELDS.has(field) || field === '__proto__' || !Object.hasOwn(pulled.fields, field)) continue;
    clocks[field] = pulled.clocks[field]!;
    const value = pulled.fields[field];
    if (value !== null && value !== undefined) row[field] = value;
    taken += 1;
  }
  return taken > 0 ? row : undefined;
}

function withoutFixed<V>(record: Readonly<Record<string, V>>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [k, v] of Object.entries(record)) if (!FIXED_FIELDS.has(k)) out[k] = v;
  return out;
}

/**
 * The greatest stamp of screened rows (C1): folding it alone moves the clock as far as
 * folding every one would. Screened stamps are real, and real stamps sort as strings.
 */
function greatestStamp(rows: readonly PulledRow[]): HlcStamp | undefined {
  let greatest: HlcStamp | undefined;
  for (const r of rows) for (const s of Object.values(r.clocks)) if (greatest === undefined || s > greatest) greatest = s;
  return greatest;
}
