/**
 * The real server's log, at the most detailed level: every line is one JSON object, requests
 * are logged, and neither a password sent to sign in nor a session token presented afterwards
 * appears anywhere in it.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverLogOptions } from '@/server/logging/serverLogOptions';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';

describe('server logs', () => {
  const lines: string[] = [];
  let server: TestServer;
  beforeAll(async () => {
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(...String(chunk).split('\n').filter(Boolean)), done()) });
    server = await startTestServer({ database: TEST_DATABASES[0]!, demo: true, app: { logger: pino(serverLogOptions('trace'), sink) } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('are JSON lines with no password, token or body in them', async () => {
    const head = server.demo!.accounts.find((a) => a.roles.includes('head'))!;
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: head.login, password: head.password, deviceId: randomUUID() }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const me = await fetch(`${server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    const refused = await fetch(`${server.url}/api/v1/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"protocol":',
    });
    expect(refused.status).toBe(400);

    const entries = lines.map((l) => JSON.parse(l) as { msg?: string; req?: { url?: string } });
    expect(entries.some((e) => e.req?.url === '/api/v1/auth/me')).toBe(true);
    const log = lines.join('\n');
    expect(log).not.toContain(token);
    expect(log).not.toContain(head.password);
    expect(log).not.toContain('"protocol":');
  });
});
