/**
 * Checks a write against the entity's zod schema (`ENTITY_SCHEMAS`) before anything is
 * stored, and returns the data as the schema normalizes it (trimmed text, defaults).
 *
 * Rules:
 * - A new row must satisfy the schema as a whole.
 * - A patch is checked as the row it would produce, so rules across fields hold (a magnet
 *   school needs its hub). A patch is refused only for problems it introduces: a row stored
 *   by an older build that fails a newer rule can still be edited in its other fields.
 * - A key the schema does not know, or an envelope field (`id`, `clocks`, ...), is refused as
 *   `unknownField`: a typo must not be stored and synced.
 * - `null` or `undefined` for a field clears it; a cleared field is stored as absent, and
 *   travels as `null` (JSON has no `undefined`).
 */
import type { z } from 'zod';
import { ENTITY_SCHEMAS, entityFieldSchema } from '@/domain/entities';
import type { TableName } from '@/domain/tables';
import { ValidationCode, validationProblems } from '@/domain/validation';
import { ENVELOPE_FIELDS, type RecordData } from './recordRow';
import { RecordWriteError, RecordWriteErrorReason, type RecordIssue } from './recordWriteError';

const isCleared = (value: unknown) => value === null || value === undefined;

function schemaOf(table: TableName): z.ZodType {
  return ENTITY_SCHEMAS[table] as z.ZodType;
}

function problems(table: TableName, data: RecordData): { output?: RecordData; issues: RecordIssue[] } {
  const result = schemaOf(table).safeParse(data);
  if (result.success) return { output: result.data as RecordData, issues: [] };
  return { issues: validationProblems(result.error) };
}

/** Refuses envelope keys and keys the entity does not have, whatever their value. */
function refuseUnknown(table: TableName, data: RecordData): void {
  const unknown = Object.keys(data).filter((k) => ENVELOPE_FIELDS.has(k) || entityFieldSchema(table, k) === undefined);
  if (unknown.length > 0) {
    const issues = unknown.map((path) => ({ path, code: ValidationCode.unknownField }));
    throw new RecordWriteError(RecordWriteErrorReason.invalid, table, issues);
  }
}

/** The normalized data of a new row; throws `RecordWriteError` (invalid) otherwise. */
export function validateNewRecord(table: TableName, data: RecordData): RecordData {
  refuseUnknown(table, data);
  const { output, issues } = problems(table, withoutCleared(data));
  if (!output) throw new RecordWriteError(RecordWriteErrorReason.invalid, table, issues);
  return output;
}

/**
 * The normalized values of the patched fields (`null` for a cleared one), given the row's
 * current data; throws `RecordWriteError` (invalid) for problems the patch introduces.
 */
export function validatePatch(table: TableName, current: RecordData, patch: RecordData): RecordData {
  refuseUnknown(table, patch);
  const merged = withoutCleared({ ...current, ...patch });
  const after = problems(table, merged);
  if (!after.output) {
    const before = new Set(problems(table, current).issues.map(issueKey));
    const introduced = after.issues.filter((i) => !before.has(issueKey(i)));
    if (introduced.length > 0) throw new RecordWriteError(RecordWriteErrorReason.invalid, table, introduced);
  }
  const source = after.output ?? merged;
  const values: RecordData = {};
  for (const key of Object.keys(patch)) values[key] = isCleared(patch[key]) ? null : source[key];
  return values;
}

function withoutCleared(data: RecordData): RecordData {
  const kept: RecordData = {};
  for (const [k, v] of Object.entries(data)) if (!isCleared(v)) kept[k] = v;
  return kept;
}

const issueKey = (i: RecordIssue) => `${i.path}\u0000${i.code}`;
