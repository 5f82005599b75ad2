/**
 * The sync answer's lines compressed by the route and flushed line by line
 * (src/server/http/flushedLineStream.ts), over a real socket: each line reaches the client
 * while the server is still producing the next, in every encoding, and neither the on-the-fly
 * compression nor a client that goes away or a fault in the middle breaks the answer.
 */
import { request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBrotliDecompress, createGunzip } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerCompression } from '@/server/http/registerCompression';
import { sendFlushedLines } from '@/server/http/flushedLineStream';

/** A line source the test steps through: `release()` lets the next line be produced. */
function steppedLines(lines: string[]) {
  let release!: () => void;
  let gate = new Promise<void>((r) => (release = r));
  const state = { produced: 0, finished: false };
  async function* produce(): AsyncGenerator<string> {
    try {
      for (const line of lines) {
        if (state.produced > 0) {
          await gate;
          gate = new Promise<void>((r) => (release = r));
        }
        state.produced++;
        yield line;
      }
    } finally {
      state.finished = true;
    }
  }
  return { produce, state, release: () => release() };
}

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function serve(source: () => AsyncIterable<string>): Promise<number> {
  app = Fastify({ forceCloseConnections: true }); // a test that fails mid-answer must not hang the close
  await registerCompression(app);
  app.get('/lines', async (req, reply) => {
    reply.header('content-type', 'application/x-ndjson; charset=utf-8');
    return sendFlushedLines(reply, req.headers['accept-encoding'], source());
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return (app.server.address() as AddressInfo).port;
}

function get(port: number, acceptEncoding: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/lines', headers: { 'accept-encoding': acceptEncoding } }, resolve)
      .on('error', reject)
      .end();
  });
}

/** The decoded answer as lines, handed over one at a time as they arrive. */
async function* decodedLines(res: IncomingMessage): AsyncGenerator<string> {
  const encoding = res.headers['content-encoding'];
  const body = encoding === 'br' ? res.pipe(createBrotliDecompress()) : encoding === 'gzip' ? res.pipe(createGunzip()) : res;
  res.on('aborted', () => body.destroy(new Error('answer cut')));
  let buffered = '';
  for await (const chunk of body) {
    buffered += (chunk as Buffer).toString();
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      yield buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
    }
  }
}

// Large, varied lines, as a page is: a compressor left to itself would hold them.
const page = (n: number) => JSON.stringify({ type: 'page', rows: Array.from({ length: 300 }, (_, i) => ({ id: `${n}-${i}`, v: Math.sin(n * i) })) });
const LINES = [JSON.stringify({ type: 'header' }), page(1), page(2), JSON.stringify({ type: 'end' })].map((l) => `${l}\n`);

// A line held back waits forever: fail in seconds, not at the suite's two minutes.
describe('sync answers flushed line by line', { timeout: 10_000 }, () => {
  for (const [acceptEncoding, expected] of [
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
  ] as const) {
    it(`${acceptEncoding}: each line reaches the client before the next is produced`, async () => {
      const source = steppedLines(LINES);
      const port = await serve(source.produce);
      const res = await get(port, acceptEncoding);
      expect(res.headers['content-encoding']).toBe(expected);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      const received: string[] = [];
      for await (const line of decodedLines(res)) {
        received.push(`${line}\n`);
        // The server has produced exactly the lines received so far: nothing was held back.
        expect(source.state.produced).toBe(received.length);
        source.release();
      }
      expect(received).toEqual(LINES);
    });
  }

  it('a client that goes away ends the line source (its database reads stop)', async () => {
    const many = Array.from({ length: 100 }, (_, i) => `${page(i)}\n`);
    const source = steppedLines(many);
    const port = await serve(source.produce);
    const res = await get(port, 'br');
    for await (const _ of decodedLines(res)) break; // the first line, then gone
    res.destroy();
    // Each step the source is waiting on completes, as a database read would.
    await expect.poll(() => (source.release(), source.state.finished)).toBe(true);
    expect(source.state.produced).toBeLessThan(many.length);
  });

  it('a fault while producing cuts the answer: the client never sees a complete one', async () => {
    const port = await serve(async function* () {
      yield LINES[0]!;
      yield LINES[1]!;
      throw new Error('the database went away');
    });
    const res = await get(port, 'br');
    const received: string[] = [];
    await expect(
      (async () => {
        for await (const line of decodedLines(res)) received.push(line);
      })(),
    ).rejects.toThrow();
    expect(received.length).toBeLessThanOrEqual(2);
  });
});
