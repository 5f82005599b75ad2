/**
 * The link-measurement routes refuse what they must, on both databases: no token, a pupil
 * or a methodologist, sizes out of range, a body over the cap, and a device past its limit,
 * each with the project's JSON error; and they answer what the measurer relies on.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_LIMITS, upAnswerSchema } from '@/sync/linkMessages';
import { DEFAULT_LINK_RATE_LIMITS } from '@/server/connectivity/linkLimits';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { signIn } from '../../support/testDevice';

describe.each(TEST_DATABASES)('link measurement routes on $name', (kind) => {
  let server: TestServer;
  const tokenOf = async (role: string) => {
    const account = server.demo!.accounts.find((a) => a.roles.includes(role as never))!;
    return (await signIn(server.url, account.login, account.password, randomUUID())).token;
  };
  const get = (path: string, token?: string) => fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const post = (path: string, token: string, body: Uint8Array, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', ...headers },
      body: body as Uint8Array<ArrayBuffer>,
    });
  const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

  beforeAll(async () => {
    server = await startTestServer({ database: kind, demo: true });
  });
  afterAll(async () => {
    await server.close();
  });

  it('a download is the asked number of raw bytes, never cached nor compressed', async () => {
    const response = await fetch(`${server.url}/api/v1/link/down?bytes=100000`, {
      headers: { authorization: `Bearer ${await tokenOf('teacher')}`, 'accept-encoding': 'br, gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect((await response.arrayBuffer()).byteLength).toBe(100_000);
  });

  it('an upload is read and counted; a ping answers the server time', async () => {
    const token = await tokenOf('assistant');
    const answer = upAnswerSchema.parse(await (await post('/api/v1/link/up', token, new Uint8Array(50_000))).json());
    expect(answer.bytes).toBe(50_000);
    const ping = await get('/api/v1/link/ping', token);
    expect(ping.status).toBe(200);
    expect(((await ping.json()) as { at: number }).at).toBeGreaterThan(0);
  });

  it('refuses without a token, and for a pupil or a methodologist', async () => {
    expect((await get('/api/v1/link/ping')).status).toBe(401);
    // Without a token nothing is judged: not even the size.
    expect((await get('/api/v1/link/down?bytes=-1')).status).toBe(401);
    expect((await fetch(`${server.url}/api/v1/link/up`, { method: 'POST', body: new Uint8Array(10) })).status).toBe(401);
    for (const role of ['pupil', 'methodologist']) {
      const response = await get('/api/v1/link/down?bytes=10', await tokenOf(role));
      expect(response.status).toBe(403);
      expect(await errorOf(response)).toBe('forbidden');
    }
  });

  it('refuses sizes that are not a whole number of bytes up to the cap', async () => {
    const token = await tokenOf('head');
    for (const bytes of ['-1', '0', '1.5', 'abc', '1e9', String(LINK_LIMITS.maxTransferBytes + 1), '']) {
      const response = await get(`/api/v1/link/down?bytes=${bytes}`, token);
      expect(response.status, bytes).toBe(400);
      expect(await errorOf(response)).toBe('bad_request');
    }
    expect((await get('/api/v1/link/down?bytes=10&extra=1', token)).status).toBe(400);
  });

  it('refuses an upload over the cap, announced or not', async () => {
    const token = await tokenOf('teacher');
    const announced = await post('/api/v1/link/up', token, new Uint8Array(LINK_LIMITS.maxTransferBytes + 1));
    expect(announced.status).toBe(413);
    expect(await errorOf(announced)).toBe('payload_too_large');
    // A streamed body without a length is cut off once past the cap.
    const chunks = Math.ceil((LINK_LIMITS.maxTransferBytes + 100_000) / 65_536);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (this.sent === chunks) controller.close();
        else {
          this.sent = (this.sent ?? 0) + 1;
          controller.enqueue(new Uint8Array(65_536));
        }
      },
    } as UnderlyingDefaultSource<Uint8Array> & { sent?: number });
    const streamed = await fetch(`${server.url}/api/v1/link/up`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const compressed = await post('/api/v1/link/up', token, new Uint8Array(10), { 'content-encoding': 'gzip' });
    expect(compressed.status).toBe(415);
  });

  it('limits each device: past its transfers, 429 with Retry-After; another device is not held back', async () => {
    const token = await tokenOf('teacher');
    for (let i = 0; i < DEFAULT_LINK_RATE_LIMITS.transfers.max; i++) expect((await get('/api/v1/link/down?bytes=1', token)).status).toBe(200);
    const refused = await get('/api/v1/link/down?bytes=1', token);
    expect(refused.status).toBe(429);
    expect(await errorOf(refused)).toBe('too_many_requests');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await get('/api/v1/link/down?bytes=1', await tokenOf('teacher'))).status).toBe(200);
  });
});
