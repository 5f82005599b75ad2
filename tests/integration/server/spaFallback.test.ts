import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@/server/app';
import { createFixtureDist, type FixtureDist } from './fixtureDist';

let dist: FixtureDist;
let app: FastifyInstance;

beforeAll(async () => {
  dist = createFixtureDist();
  app = await buildApp({ distDir: dist.dir });
});
afterAll(async () => {
  await app.close();
  dist.remove();
});

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

function expectJsonError(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.headers['cache-control']).toBe('no-store');
  const body = res.json() as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toBeTypeOf('string');
}

describe('single-page app fallback', () => {
  it('a page load of an app path that is not a file gets index.html, revalidated', async () => {
    for (const url of ['/attendance', '/reports/2026/q1', '/lessons?date=2026-09-01']) {
      const res = await app.inject({ method: 'GET', url, headers: html });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toBe(dist.files['index.html']);
    }
  });

  it('a request that does not ask for HTML gets a JSON 404, not the page', async () => {
    const res = await app.inject({ method: 'GET', url: '/attendance', headers: { accept: '*/*' } });
    expectJsonError(res, 404, 'not_found');
  });

  it('a missing hashed asset is a JSON 404 even for a page load: never HTML run as a script', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-gone.js', headers: html });
    expectJsonError(res, 404, 'not_found');
  });

  it('an unknown API path is a JSON 404, never the page', async () => {
    for (const url of ['/api', '/api/v1/nothing', '/api/v2/health']) {
      const res = await app.inject({ method: 'GET', url, headers: html });
      expectJsonError(res, 404, 'not_found');
    }
  });

  it('a method with no route is a JSON 404', async () => {
    expectJsonError(await app.inject({ method: 'POST', url: '/attendance', headers: html }), 404, 'not_found');
    expectJsonError(await app.inject({ method: 'DELETE', url: '/api/v1/health' }), 404, 'not_found');
  });

  it('paths that try to leave the build folder or reach dotfiles are not served', async () => {
    for (const url of ['/..%2Fpackage.json', '/assets/..%2F..%2Fpackage.json', '/.env', '/%2e%2e%2fpackage.json']) {
      const res = await app.inject({ method: 'GET', url, headers: { accept: '*/*' } });
      expect(res.statusCode).toBe(404);
    }
  });

  it('a path that is not valid percent-encoding is a JSON 400', async () => {
    expectJsonError(await app.inject({ method: 'GET', url: '/%E0%A4%A', headers: html }), 400, 'bad_request');
  });

  it('before the first build a page load says so in JSON with a 503', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'sandyq-empty-'));
    const bare = await buildApp({ distDir: empty });
    try {
      expectJsonError(await bare.inject({ method: 'GET', url: '/', headers: html }), 503, 'app_not_built');
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
