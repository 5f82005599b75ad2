// A row as a sync pull brings it (every field stamped by another device at `millis`), for
// tests that put rows on a laptop the way another laptop or the server would.
import { formatStamp } from '@/domain/hlc';
import type { TableName } from '@/domain/tables';
import { SCHOOL_ID } from './testDb';

export function remoteRow(table: TableName, id: string, fields: Record<string, unknown>, millis = Date.UTC(2026, 8, 1)) {
  const stamp = formatStamp({ millis, counter: 0, node: '00000000000000ee' });
  return { table, id, schoolId: SCHOOL_ID, fields, clocks: Object.fromEntries(Object.keys(fields).map((f) => [f, stamp])) };
}
