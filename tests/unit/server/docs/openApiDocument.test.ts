/**
 * Every operation of the API document has an operationId, unique in the document: a client
 * generated from it names each call by that id, and two alike would collide.
 */
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '@/server/docs/openApiDocument';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

describe('the OpenAPI document', () => {
  it('gives every operation a unique operationId', () => {
    const doc = buildOpenApiDocument();
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m] !== undefined).map((m) => ({
        where: `${m.toUpperCase()} ${path}`,
        id: (item[m] as { operationId?: unknown }).operationId,
      })),
    );
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.filter((o) => typeof o.id !== 'string' || o.id === '').map((o) => o.where)).toEqual([]);
    const ids = operations.map((o) => o.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
