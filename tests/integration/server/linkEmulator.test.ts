import { createHash, randomBytes } from 'node:crypto';
import { connect, createServer, type Server } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINKS, startLinkEmulator, type LinkProfile } from '../../support/linkEmulator';
import { startTestServer, type TestServer } from '../../support/server';
import { createFixtureDist, type FixtureDist } from './fixtureDist';

/**
 * A server that reads the request up to the client's FIN, then answers `replyBytes`
 * random bytes and the SHA-256 of what it received.
 */
let replyBytes = 0;
let echo: Server;
let echoPort = 0;

beforeAll(async () => {
  echo = createServer({ allowHalfOpen: true }, (socket) => {
    const hash = createHash('sha256');
    socket.on('data', (chunk: Buffer) => hash.update(chunk));
    socket.on('end', () => {
      socket.write(randomBytes(replyBytes));
      socket.end(hash.digest());
    });
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoPort = (echo.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => echo.close(() => resolve())));

/** Sends `request` through the emulator, half-closes, and collects the whole answer. */
function exchange(port: number, request: Buffer): Promise<{ reply: Buffer; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect({ host: '127.0.0.1', port, allowHalfOpen: true });
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => {
      socket.end();
      resolve({ reply: Buffer.concat(chunks), ms: performance.now() - started });
    });
    socket.on('error', reject);
    socket.end(request);
  });
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();

describe('link emulator', () => {
  it('counts every byte each way exactly, and the connection', async () => {
    replyBytes = 70_000;
    const link = await startLinkEmulator({ target: { host: '127.0.0.1', port: echoPort }, link: 'lan' });
    try {
      const request = randomBytes(123_457);
      const { reply } = await exchange(link.port, request);
      expect(reply.length).toBe(70_000 + 32);
      expect(reply.subarray(-32)).toEqual(sha256(request));
      expect(link.stats()).toEqual({ bytesUp: 123_457, bytesDown: 70_032, connections: 1 });
      link.resetStats();
      expect(link.stats()).toEqual({ bytesUp: 0, bytesDown: 0, connections: 0 });
    } finally {
      await link.close();
    }
  });

  it('a new connection pays the handshake and the exchange: at least two round trips', async () => {
    replyBytes = 100;
    const slow: LinkProfile = { name: 'test', downBitsPerSecond: 100e6, upBitsPerSecond: 100e6, roundTripMs: 200, loss: 0 };
    const link = await startLinkEmulator({ target: { host: '127.0.0.1', port: echoPort }, link: slow });
    try {
      const { ms } = await exchange(link.port, Buffer.from('hello'));
      expect(ms).toBeGreaterThanOrEqual(2 * 200 - 2);
    } finally {
      await link.close();
    }
  });

  it('1 MB down over geo-sat takes at least its transfer time (8 Mbit/s) plus the round trips', async () => {
    replyBytes = 1_000_000;
    const link = await startLinkEmulator({ target: { host: '127.0.0.1', port: echoPort }, link: 'geo-sat' });
    try {
      const { reply, ms } = await exchange(link.port, Buffer.from('GET'));
      expect(reply.length).toBe(1_000_032);
      expect(link.stats().bytesDown).toBe(1_000_032);
      expect(ms).toBeGreaterThanOrEqual(1000 + LINKS['geo-sat'].roundTripMs);
    } finally {
      await link.close();
    }
  });

  it('connections share one link: two transfers at once take as long as both in a row', async () => {
    replyBytes = 125_000;
    const link = await startLinkEmulator({
      target: { host: '127.0.0.1', port: echoPort },
      link: { name: 'test', downBitsPerSecond: 2e6, upBitsPerSecond: 2e6, roundTripMs: 0, loss: 0 },
    });
    try {
      const started = performance.now();
      await Promise.all([exchange(link.port, Buffer.from('a')), exchange(link.port, Buffer.from('b'))]);
      expect(performance.now() - started).toBeGreaterThanOrEqual(1000 - 2);
      expect(link.stats().connections).toBe(2);
    } finally {
      await link.close();
    }
  });

  it('keeps byte order on every connection under heavy loss', async () => {
    replyBytes = 0;
    const lossy: LinkProfile = { name: 'test', downBitsPerSecond: Infinity, upBitsPerSecond: Infinity, roundTripMs: 20, loss: 0.2 };
    const link = await startLinkEmulator({ target: { host: '127.0.0.1', port: echoPort }, link: lossy, seed: 7 });
    try {
      const requests = [randomBytes(300_000), randomBytes(50_000), randomBytes(200_000)];
      const replies = await Promise.all(requests.map((r) => exchange(link.port, r)));
      replies.forEach(({ reply }, i) => expect(reply).toEqual(sha256(requests[i]!)));
      expect(link.stats().bytesUp).toBe(550_000);
    } finally {
      await link.close();
    }
  });
});

describe('link emulator in front of the real server', () => {
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

  it('carries HTTP, headers counted in the bytes down', async () => {
    const link = await startLinkEmulator({ target: { host: '127.0.0.1', port: server.port }, link: 'leo-sat' });
    try {
      const res = await fetch(`${link.url}/api/v1/health`);
      const body = await res.text();
      expect(res.status).toBe(200);
      expect(link.stats().bytesDown).toBeGreaterThan(Buffer.byteLength(body) + 100);
      expect(link.stats().bytesUp).toBeGreaterThan(0);
    } finally {
      await link.close();
    }
  });
});
