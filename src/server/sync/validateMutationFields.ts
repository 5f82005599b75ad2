/**
 * Validates the fields a mutation writes, in the context of the row as stored: the row that
 * would result must satisfy the entity's schema. Returns the issue codes (i18n keys) of
 * every failure, empty when valid. A tombstone write needs no other field.
 */
import type { TableName } from '../../domain/tables';
import { ENTITY_SCHEMAS } from '../../domain/entities';

const ENVELOPE = new Set(['id', 'schoolId', 'clocks', 'schemaVersion', 'deleted']);

export function validateMutationFields(
  table: TableName,
  fields: Record<string, unknown>,
  current: Record<string, unknown> | undefined,
): string[] {
  if ('deleted' in fields && typeof fields.deleted !== 'boolean') return ['invalidType'];
  const merged: Record<string, unknown> = {};
  for (const [k, v] of Object.entries({ ...(current ?? {}), ...fields })) if (!ENVELOPE.has(k)) merged[k] = v;
  if (fields.deleted === true && Object.keys(fields).length === 1 && current) return [];
  const result = ENTITY_SCHEMAS[table].safeParse(merged);
  if (result.success) return [];
  return [...new Set(result.error.issues.map((i) => `${i.path.join('.') || '_'}:${i.message}`))].slice(0, 20);
}
