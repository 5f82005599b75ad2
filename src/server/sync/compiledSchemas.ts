/**
 * The entity schemas as the server checks pushed rows against them: compiled by zod
 * (`z.compile`) into flat validators that give the same answers and the same issues (on a
 * failure zod runs its ordinary parser to describe it). Every new row of every push is
 * checked; in `region-morning` zod's ordinary parse was a tenth of the server's CPU and
 * over a quarter of what it allocated, and compiled it checks a school day's rows in a
 * fifth of the time. Server only: a laptop checks the few rows a person edits, and the
 * compiler would only add to the app's first load.
 *
 * A schema zod cannot compile is used as it is (slower, the same answers);
 * compiledSchemas.test.ts names any table whose schema stops compiling.
 */
import { z } from 'zod';
import type { TableName } from '@/domain/tables';
import { changeFieldsSchema, ENTITY_SCHEMAS } from '@/domain/entities';

const entitySchemas = new Map<TableName, z.ZodType>();
const changeSchemas = new Map<TableName, z.ZodType>();

/** `ENTITY_SCHEMAS[table]`, compiled once. */
export function compiledEntitySchema(table: TableName): z.ZodType {
  let schema = entitySchemas.get(table);
  if (!schema) {
    schema = z.compile(ENTITY_SCHEMAS[table] as z.ZodType);
    entitySchemas.set(table, schema);
  }
  return schema;
}

/** `changeFieldsSchema(table)`, compiled once. */
export function compiledChangeFieldsSchema(table: TableName): z.ZodType {
  let schema = changeSchemas.get(table);
  if (!schema) {
    schema = z.compile(changeFieldsSchema(table));
    changeSchemas.set(table, schema);
  }
  return schema;
}
