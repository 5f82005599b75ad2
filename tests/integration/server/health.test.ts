import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('GET /api/v1/health over real HTTP', () => {
  it('answers ok with the package version and the server time, never cached', async () => {
    const before = Date.now();
    const res = await fetch(`${server.url}/api/v1/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { status: string; version: string; time: string };
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(body.status).toBe('ok');
    expect(body.version).toBe(pkg.version);
    const time = Date.parse(body.time);
    expect(time).toBeGreaterThanOrEqual(before - 1000);
    expect(time).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('the test server listens on loopback at a free port', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });
});
