/**
 * Validates the fields a mutation writes: each field on its own (`changeFieldsSchema`:
 * known fields only, `null` clears an optional one), and, for a row the server does not
 * hold yet, the whole row (required fields, rules spanning fields). Returns issue codes
 * (i18n keys with their path), empty when valid.
 *
 * Why rules spanning fields are not checked on an update: two laptops edit different
 * fields of one row offline, each edit valid on its own; merged per field, the row may
 * break a cross-field rule (a `late` status from one laptop, `minutesLate` cleared by the
 * other). Refusing the second edit would lose a legitimate offline change, which the
 * product must never do; readers tolerate such rows instead.
 */
import type { z } from 'zod';
import type { TableName } from '@/domain/tables';
import { issueCode } from '@/domain/validation';
import { entityFieldSchema, withoutClearedFields } from '@/domain/entities';
import { compiledChangeFieldsSchema, compiledEntitySchema } from './compiledSchemas';

const ENVELOPE = new Set(['id', 'schoolId', 'clocks', 'schemaVersion', 'deleted']);
const MAX_ISSUES = 20;

function onlyEntityFields(table: TableName, fields: Record<string, unknown>): boolean {
  for (const field in fields)
    if (Object.hasOwn(fields, field) && (ENVELOPE.has(field) || entityFieldSchema(table, field) === undefined)) return false;
  return true;
}

/** `path:code` per issue, `code` a ValidationCode the device translates, never zod's English (V4). */
function codes(issues: readonly z.core.$ZodIssue[]): string[] {
  return [...new Set(issues.map((i) => `${i.path.map(String).join('.') || '_'}:${issueCode(i)}`))].slice(0, MAX_ISSUES);
}

export function validateMutationFields(table: TableName, fields: Record<string, unknown>, current: Record<string, unknown> | undefined): string[] {
  // A new row of the entity's own fields only (most of a school day): a row that passes the
  // whole-row check has every field passing on its own too, so that one check decides; the
  // per-field check below runs only to name what failed, as it always has.
  if (!current && onlyEntityFields(table, fields) && compiledEntitySchema(table).safeParse(withoutClearedFields(fields)).success) return [];
  const change = compiledChangeFieldsSchema(table).safeParse(fields);
  if (!change.success) return codes(change.error.issues);
  if (current) return [];
  const merged: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(withoutClearedFields({ ...(current ?? {}), ...fields }))) {
    if (!ENVELOPE.has(k)) merged[k] = v;
  }
  const row = compiledEntitySchema(table).safeParse(merged);
  return row.success ? [] : codes(row.error.issues);
}
