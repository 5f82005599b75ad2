import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
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

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('cache headers of the built files', () => {
  it('hashed files under /assets/ are cached for a year and immutable', async () => {
    for (const url of ['/assets/index-v1.js', '/assets/index-v1.css']) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('index.html is revalidated on every use, whether asked for as / or by name', async () => {
    for (const url of ['/', '/index.html']) {
      const res = await get(url, { accept: 'text/html' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('the manifest and the icons keep their names across deploys, so they are revalidated', async () => {
    const manifest = await get('/manifest.webmanifest');
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    const icon = await get('/icons/icon-192.png');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/png');
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('the service worker is never stored by the HTTP cache', async () => {
    const res = await get('/sw.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('un-hashed Workbox and registration scripts beside the service worker are never stored', async () => {
    for (const url of ['/workbox-window.prod.es5.js', '/registerSW.js']) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('a revalidation of index.html with the same ETag is a 304 without a body', async () => {
    const first = await get('/', { accept: 'text/html', 'accept-encoding': 'br' });
    const etag = first.headers.etag;
    expect(etag).toBeTypeOf('string');
    const second = await get('/', { accept: 'text/html', 'accept-encoding': 'br', 'if-none-match': String(etag) });
    expect(second.statusCode).toBe(304);
    expect(second.rawPayload.length).toBe(0);
    expect(second.headers['cache-control']).toBe('no-cache');
  });

  it('a revalidation of an uncompressed file is a 304 too', async () => {
    const first = await get('/icons/icon-192.png');
    const second = await get('/icons/icon-192.png', { 'if-none-match': String(first.headers.etag) });
    expect(second.statusCode).toBe(304);
  });

  it('HEAD answers with the headers of GET and no body', async () => {
    const res = await app.inject({ method: 'HEAD', url: '/assets/index-v1.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.rawPayload.length).toBe(0);
  });
});
