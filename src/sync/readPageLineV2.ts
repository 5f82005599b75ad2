/**
 * The pull's page lines read without zod: a term's first pull is 36 pages of 2,000 rows, and
 * checking each row with `syncLineV2ReadSchema` cost a quarter of a second of the laptop's
 * time on top of JSON.parse, copying every row and every field map it accepted. This reads the
 * same lines by hand and keeps the parsed objects (less an own `__proto__` key, as zod leaves it out). It accepts exactly what the schema accepts
 * (tests/unit/sync/readPageLineV2.test.ts compares the two on thousands of hostile lines);
 * anything else is `undefined`, and the caller falls back to the schema, which refuses it.
 */
import { cursorSchema } from './protocol';
import type { ReceivedWireRow } from './protocolV2';

export interface ReadPage {
  rows: ReceivedWireRow[];
  cursor: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** As zod's records do: an own `__proto__` key (JSON.parse makes one) is left out, whatever its value. */
function dropProtoKey(record: Record<string, unknown>): void {
  if (Object.prototype.hasOwnProperty.call(record, '__proto__')) delete record.__proto__;
}

function isRow(value: unknown): value is ReceivedWireRow {
  if (!isRecord(value)) return false;
  if (typeof value.table !== 'string' || typeof value.id !== 'string' || !isRecord(value.fields)) return false;
  if (value.stamp !== undefined && typeof value.stamp !== 'string') return false;
  const stamps = value.stamps;
  if (stamps !== undefined) {
    if (!isRecord(stamps)) return false;
    dropProtoKey(stamps);
    for (const key in stamps) if (typeof stamps[key] !== 'string') return false;
  }
  dropProtoKey(value.fields);
  return true;
}

/** A `page` line as the device reads it, or `undefined` for anything else (another line, or a bad page). */
export function readPageLineV2(line: unknown): ReadPage | undefined {
  if (!isRecord(line) || line.type !== 'page' || !Array.isArray(line.rows)) return undefined;
  if (!cursorSchema.safeParse(line.cursor).success) return undefined;
  const rows = line.rows as unknown[];
  for (let i = 0; i < rows.length; i++) if (!isRow(rows[i])) return undefined;
  return { rows: rows as ReceivedWireRow[], cursor: line.cursor as string };
}
