/**
 * Validates the fields a mutation writes: each field on its own (`changeFieldsSchema`:
 * known fields only, `null` clears an optional one), then the row that would result, so
 * rules spanning fields hold. Returns issue codes (i18n keys with their path), empty when
 * valid. A tombstone of a stored row needs no other field.
 */
import type { TableName } from '../../domain/tables';
import { changeFieldsSchema, ENTITY_SCHEMAS, withoutClearedFields } from '../../domain/entities';

const ENVELOPE = new Set(['id', 'schoolId', 'clocks', 'schemaVersion', 'deleted']);
const MAX_ISSUES = 20;

function codes(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string[] {
  return [...new Set(issues.map((i) => `${i.path.map(String).join('.') || '_'}:${i.message}`))].slice(0, MAX_ISSUES);
}

export function validateMutationFields(
  table: TableName,
  fields: Record<string, unknown>,
  current: Record<string, unknown> | undefined,
): string[] {
  const change = changeFieldsSchema(table).safeParse(fields);
  if (!change.success) return codes(change.error.issues);
  if (fields.deleted === true && current && Object.keys(fields).length === 1) return [];
  const merged: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(withoutClearedFields({ ...(current ?? {}), ...fields }))) {
    if (!ENVELOPE.has(k)) merged[k] = v;
  }
  const row = ENTITY_SCHEMAS[table].safeParse(merged);
  return row.success ? [] : codes(row.error.issues);
}
