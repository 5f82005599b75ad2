import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { createFixtureDist, type FixtureDist } from './fixtureDist';

const deploys: FixtureDist[] = [];
let server: TestServer;

beforeAll(async () => {
  deploys.push(createFixtureDist('v1'), createFixtureDist('v2'));
  server = await startTestServer({ distDir: deploys[0]!.dir });
});
afterAll(async () => {
  await server.close();
  for (const d of deploys) d.remove();
});

describe('switching the served build under a running server (a redeploy)', () => {
  it('the next request sees the new build, and the old hashed files are gone', async () => {
    const page = () => fetch(`${server.url}/`, { headers: { accept: 'text/html' } }).then((r) => r.text());
    expect(await page()).toContain('<title>v1</title>');
    server.setDistDir(deploys[1]!.dir);
    expect(await page()).toContain('<title>v2</title>');
    expect((await fetch(`${server.url}/assets/index-v2.js`)).status).toBe(200);
    expect((await fetch(`${server.url}/assets/index-v1.js`)).status).toBe(404);
  });
});
