/**
 * A new row is validated by the whole-row check alone when it passes it; the per-field check
 * runs only to name what failed. The answers must be the ones the two checks gave together:
 * the old way is kept here as the reference and both are run on every table's valid row and
 * on seeded variants (a field dropped, cleared with null, given a value of another type, or
 * nudged across a bound: a number moved or made fractional, text padded with spaces or
 * lengthened, a list emptied or doubled). The reference runs zod's ordinary parser, the server
 * the schemas zod compiled (compiledSchemas.ts), so this is also where the two must agree.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { changeFieldsSchema, ENTITY_SCHEMAS, withoutClearedFields } from '@/domain/entities';
import { TABLE_NAMES, type TableName } from '@/domain/tables';
import { issueCode } from '@/domain/validation';
import { validateMutationFields } from '@/server/sync/validateMutationFields';
import { valid } from '../../domain/entities/fixtures';
import { seededRandom } from '../../../support/seededRandom';

const ENVELOPE = new Set(['id', 'schoolId', 'clocks', 'schemaVersion', 'deleted']);

function codes(issues: readonly z.core.$ZodIssue[]): string[] {
  return [...new Set(issues.map((i) => `${i.path.map(String).join('.') || '_'}:${issueCode(i)}`))].slice(0, 20);
}

/** validateMutationFields as it was: the per-field check, then the row for a new one. */
function bothChecks(table: TableName, fields: Record<string, unknown>, current: Record<string, unknown> | undefined): string[] {
  const change = changeFieldsSchema(table).safeParse(fields);
  if (!change.success) return codes(change.error.issues);
  if (current) return [];
  const merged: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(withoutClearedFields({ ...fields }))) if (!ENVELOPE.has(k)) merged[k] = v;
  const row = ENTITY_SCHEMAS[table].safeParse(merged);
  return row.success ? [] : codes(row.error.issues);
}

const OTHER_VALUES: unknown[] = [
  null,
  42,
  -1,
  0.5,
  -0,
  2 ** 53,
  1e21,
  '',
  ' ',
  ' x ',
  'x',
  'x'.repeat(64),
  'x'.repeat(65),
  'a'.repeat(5_000),
  '\u00a0\t',
  true,
  [],
  ['x'],
  ['x', 'x'],
  {},
  { a: 1 },
  '2026-13-40',
  '2026-02-29',
];

/** A value of the same kind moved near or over a bound the schema may set. */
function nudged(value: unknown, random: ReturnType<typeof seededRandom>): unknown {
  if (typeof value === 'number') return random.pick([value + 1, value - 1, value * 1000, value + 0.5, -value, 0]);
  if (typeof value === 'string') return random.pick([` ${value}`, `${value} `, value.repeat(40), value.slice(1), value.toUpperCase()]);
  if (Array.isArray(value)) return random.pick([[], [...value, ...value], value.slice(1)]);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return value;
    const [key, inner] = random.pick(entries);
    return { ...value, [key]: nudged(inner, random) };
  }
  return value;
}

describe('validateMutationFields', () => {
  it("answers as the per-field and whole-row checks did together, on every table's rows and 12,000 seeded variants", () => {
    const random = seededRandom(20261204);
    let passed = 0;
    let failed = 0;
    for (const table of TABLE_NAMES) {
      const base = Object.fromEntries(Object.entries(valid(table)).filter(([k]) => !ENVELOPE.has(k)));
      const names = Object.keys(base);
      const variants: Array<Record<string, unknown>> = [
        base,
        { ...base, deleted: true },
        { ...base, deleted: 'yes' },
        { ...base, schemaVersion: 'x' },
      ];
      for (let i = 0; i < 12_000 / TABLE_NAMES.length; i++) {
        const fields = { ...base };
        for (let k = 0, n = 1 + random.int(2); k < n && names.length > 0; k++) {
          const name = random.pick(names);
          if (random.chance(0.25)) delete fields[name];
          else if (random.chance(0.5)) fields[name] = nudged(fields[name], random);
          else fields[name] = random.pick(OTHER_VALUES);
        }
        variants.push(fields);
      }
      for (const fields of variants) {
        const expected = bothChecks(table, fields, undefined);
        expect(validateMutationFields(table, fields, undefined), `${table} ${JSON.stringify(fields).slice(0, 200)}`).toEqual(expected);
        expect(validateMutationFields(table, fields, base)).toEqual(bothChecks(table, fields, base));
        if (expected.length === 0) passed++;
        else failed++;
      }
    }
    // Both outcomes were exercised.
    expect(passed).toBeGreaterThan(TABLE_NAMES.length);
    expect(failed).toBeGreaterThan(1_000);
  });
});
