/**
 * A zod schema as JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1), so the document
 * describes exactly what the server validates with: one source for both.
 */
import { z } from 'zod';
import type { JsonSchema } from './openApiTypes';

export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
