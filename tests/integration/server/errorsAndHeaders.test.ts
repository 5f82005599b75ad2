import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@/server/app';
import { ApiError } from '@/server/errors/ApiError';
import { ErrorCode } from '@/server/errors/errorCode';
import { SECURITY_HEADERS } from '@/server/http/installSecurityHeaders';
import { createFixtureDist, type FixtureDist } from './fixtureDist';

let dist: FixtureDist;
let app: FastifyInstance;

beforeAll(async () => {
  dist = createFixtureDist();
  app = await buildApp({ distDir: dist.dir });
  app.get('/api/v1/test-refused', async () => {
    throw new ApiError(403, ErrorCode.forbidden, 'Not your school');
  });
  app.get('/api/v1/test-bug', async () => {
    throw new Error('secret internal detail');
  });
  app.post('/api/v1/test-echo', async (request) => request.body);
});
afterAll(async () => {
  await app.close();
  dist.remove();
});

type Res = Awaited<ReturnType<FastifyInstance['inject']>>;
function errorOf(res: Res): { code: string; message: string } {
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  return (res.json() as { error: { code: string; message: string } }).error;
}

describe('errors are JSON with a stable code', () => {
  it('a deliberate ApiError keeps its status, code and message', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/test-refused' });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res)).toEqual({ code: 'forbidden', message: 'Not your school' });
  });

  it('an unexpected exception is a 500 internal_error that does not leak its message', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/test-bug' });
    expect(res.statusCode).toBe(500);
    expect(errorOf(res).code).toBe('internal_error');
    expect(res.body).not.toContain('secret');
  });

  it('a body that is not JSON is a 400 bad_request', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/test-echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"not json',
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe('bad_request');
  });

  it('a body over the limit is a 413 payload_too_large', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/test-echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(errorOf(res).code).toBe('payload_too_large');
  });

  it('a gzip body is inflated for the route, and one that inflates past the limit is a 413', async () => {
    const small = await app.inject({
      method: 'POST',
      url: '/api/v1/test-echo',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ hello: 'сәлем' })),
    });
    expect(small.statusCode).toBe(200);
    expect(small.json()).toEqual({ hello: 'сәлем' });
    const bomb = gzipSync(JSON.stringify({ text: ' '.repeat(20 * 1024 * 1024) }));
    expect(bomb.length).toBeLessThan(100_000);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/test-echo',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: bomb,
    });
    expect(res.statusCode).toBe(413);
    expect(errorOf(res).code).toBe('payload_too_large');
  });

  it('an unknown content type is a 415 unsupported_media_type', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/test-echo',
      headers: { 'content-type': 'application/x-unknown' },
      payload: 'x',
    });
    expect(res.statusCode).toBe(415);
    expect(errorOf(res).code).toBe('unsupported_media_type');
  });
});

describe('security headers', () => {
  it('are on pages, files, API answers and errors alike', async () => {
    const responses = await Promise.all([
      app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } }),
      app.inject({ method: 'GET', url: '/assets/index-v1.js' }),
      app.inject({ method: 'GET', url: '/api/v1/health' }),
      app.inject({ method: 'GET', url: '/api/v1/missing' }),
      app.inject({ method: 'GET', url: '/%E0%A4%A' }),
    ]);
    for (const res of responses) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers[name], name).toBe(value);
    }
  });

  it('include nosniff and no-referrer, and no script policy that could blank the app', async () => {
    const res = await app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(String(res.headers['content-security-policy'])).not.toMatch(/script-src|default-src/);
  });
});
