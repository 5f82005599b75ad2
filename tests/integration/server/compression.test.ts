import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@/server/app';
import { createFixtureDist, type FixtureDist } from './fixtureDist';

let dist: FixtureDist;
let app: FastifyInstance;

beforeAll(async () => {
  dist = createFixtureDist();
  app = await buildApp({ distDir: dist.dir });
  app.get('/api/v1/test-big-json', async () => ({ rows: Array.from({ length: 200 }, (_, i) => ({ i, name: 'pupil' })) }));
});
afterAll(async () => {
  await app.close();
  dist.remove();
});

const js = 'assets/index-v1.js';
const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

describe('compression of text responses', () => {
  it('built text files go out in brotli when the client takes it, byte-identical once decoded', async () => {
    const res = await get(`/${js}`, 'gzip, deflate, br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(String(dist.files[js])));
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(dist.files[js]);
  });

  it('falls back to gzip, and to the plain file for a client that takes neither', async () => {
    const gz = await get(`/${js}`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(dist.files[js]);
    const plain = await get(`/${js}`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(dist.files[js]);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
  });

  it('an encoding refused with q=0 is not used', async () => {
    const res = await get(`/${js}`, 'br;q=0, gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('each encoding has its own ETag, so a cache never mixes them up', async () => {
    const br = await get(`/${js}`, 'br');
    const gz = await get(`/${js}`, 'gzip');
    expect(br.headers.etag).not.toBe(gz.headers.etag);
  });

  it('images are sent as they are', async () => {
    const res = await get('/icons/icon-192.png', 'br, gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('API JSON above the threshold is compressed on the fly', async () => {
    const res = await get('/api/v1/test-big-json', 'br');
    expect(res.headers['content-encoding']).toBe('br');
    const body = JSON.parse(brotliDecompressSync(res.rawPayload).toString()) as { rows: unknown[] };
    expect(body.rows).toHaveLength(200);
  });
});
