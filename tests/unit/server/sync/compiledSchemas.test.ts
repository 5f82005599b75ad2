/**
 * Every table's schemas compile. `z.compile` never throws: a schema it cannot model is used
 * as it is, with the same answers but zod's slower ordinary parse, so a schema change that
 * stops a table compiling would only show as a slower server. Asked with `strict`, zod names
 * what it could not compile.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { changeFieldsSchema, ENTITY_SCHEMAS } from '@/domain/entities';
import { TABLE_NAMES } from '@/domain/tables';
import { compiledEntitySchema } from '@/server/sync/compiledSchemas';
import { valid } from '../../domain/entities/fixtures';

const ENVELOPE = new Set(['id', 'schoolId', 'clocks', 'schemaVersion', 'deleted']);

describe('compiledSchemas', () => {
  it.each(TABLE_NAMES)('%s: the entity and change schemas compile', (table) => {
    expect(() => z.compile(ENTITY_SCHEMAS[table] as z.ZodType, { strict: true })).not.toThrow();
    expect(() => z.compile(changeFieldsSchema(table), { strict: true })).not.toThrow();
  });

  it('a compiled schema accepts a valid row and refuses a broken one with the same issues', () => {
    for (const table of TABLE_NAMES) {
      const row = Object.fromEntries(Object.entries(valid(table)).filter(([k]) => !ENVELOPE.has(k)));
      expect(compiledEntitySchema(table).safeParse(row).success, table).toBe(true);
      const broken = { ...row, [Object.keys(row)[0]!]: { not: 'this' } };
      const compiled = compiledEntitySchema(table).safeParse(broken);
      expect(compiled.success, table).toBe(false);
      expect(compiled.error?.issues).toEqual(ENTITY_SCHEMAS[table].safeParse(broken).error?.issues);
    }
  });
});
