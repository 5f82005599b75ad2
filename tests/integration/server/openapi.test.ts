/**
 * The API description: /api/v1/openapi.json lists every route and resolves every
 * reference; /api/docs browses it with files served by this server (no CDN: a school
 * network may have no internet).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorCode, syncRequestSchema } from '@/sync/protocol';
import { jsonSchemaOf } from '@/server/docs/jsonSchema';
import { startTestServer, type TestServer } from '../../support/server';
import { createFixtureDist, type FixtureDist } from './fixtureDist';

let dist: FixtureDist;
let server: TestServer;
beforeAll(async () => {
  dist = createFixtureDist();
  server = await startTestServer({ distDir: dist.dir });
});
afterAll(async () => {
  await server.close();
  dist.remove();
});

type Doc = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};

async function fetchDocument(): Promise<{ res: Response; doc: Doc }> {
  const res = await fetch(`${server.url}/api/v1/openapi.json`);
  return { res, doc: (await res.json()) as Doc };
}

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, found);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') found.push(v);
      else refsIn(v, found);
    }
  }
  return found;
}

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 JSON document listing health, auth, sync and files', async () => {
    const { res, doc } = await fetchDocument();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Sandyq API');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/v1/account/password',
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/auth/me',
      '/api/v1/bundles',
      '/api/v1/bundles/pull',
      '/api/v1/bundles/pull/size',
      '/api/v1/district/overview',
      '/api/v1/files/{sha256}',
      '/api/v1/files/{sha256}/status',
      '/api/v1/health',
      '/api/v1/link/down',
      '/api/v1/link/ping',
      '/api/v1/link/up',
      '/api/v1/people/accounts',
      '/api/v1/people/accounts/{userId}/disable',
      '/api/v1/people/accounts/{userId}/enable',
      '/api/v1/people/accounts/{userId}/password',
      '/api/v1/people/accounts/{userId}/roles',
      '/api/v1/people/audit',
      '/api/v1/sync',
      '/api/v2/sync',
    ]);
    expect(Object.keys(doc.paths['/api/v1/files/{sha256}']!).sort()).toEqual(['get', 'head', 'put']);
    expect(Object.keys(doc.paths['/api/v1/auth/login']!)).toEqual(['post']);
    expect(Object.keys(doc.paths['/api/v1/sync']!)).toEqual(['post']);
    expect(Object.keys(doc.paths['/api/v2/sync']!)).toEqual(['post']);
  });

  it('resolves every $ref to a schema it defines', async () => {
    const { doc } = await fetchDocument();
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const name = ref.replace('#/components/schemas/', '');
      expect(doc.components.schemas[name], ref).toBeDefined();
    }
  });

  it('describes the sync request from the protocol schema and the answer as NDJSON lines', async () => {
    const { doc } = await fetchDocument();
    expect(doc.components.schemas.SyncRequest).toEqual(jsonSchemaOf(syncRequestSchema, 'input'));
    expect(Object.keys(doc.paths['/api/v1/sync']!.post!.responses['200']!.content!)).toEqual(['application/x-ndjson']);
    expect(JSON.stringify(doc.components.schemas.SyncLine)).toContain('"header"');
  });

  it('gives every error the one JSON body with the closed set of codes', async () => {
    const { doc } = await fetchDocument();
    const body = doc.components.schemas.ErrorBody as { properties: { error: { properties: { code: { enum: string[] } } } } };
    expect(body.properties.error.properties.code.enum).toEqual(Object.values(ApiErrorCode));
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const operation of Object.values(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) < 400) continue;
          expect(response.content, `${path} ${status}`).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } });
        }
      }
    }
  });
});

describe('GET /api/docs', () => {
  it('serves Swagger UI and its scripts from this server, with no outside address', async () => {
    const res = await fetch(`${server.url}/api/docs`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('swagger-ui');
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) {
      expect(src, 'no CDN').not.toMatch(/^(https?:)?\/\//);
      const asset = await fetch(new URL(src, `${server.url}/api/docs/`));
      expect(asset.status, src).toBe(200);
      await asset.arrayBuffer();
    }
  });

  it('points Swagger UI at the same document', async () => {
    const doc = await (await fetch(`${server.url}/api/docs/json`)).json();
    const { doc: served } = await fetchDocument();
    expect(doc).toEqual(served);
  });
});
