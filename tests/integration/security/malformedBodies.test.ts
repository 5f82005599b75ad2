/**
 * 10,000 seeded malformed requests across the endpoints that take input (sync, sign-in,
 * sign-out, who am I, files), then a few hundred over real sockets: cut mid-body, oversized,
 * headers past Node's limit, bytes that are not HTTP. Every answer is a 4xx (never a 5xx,
 * never a hang) with the JSON error body and a code from the closed set; afterwards the
 * server is healthy, a valid sync works, and its heap has not grown with the run.
 *
 * The seed is printed; FUZZ_SEED=<n> replays a run. With PostgreSQL under test too, the
 * 10,000 are shared between the two databases (each run with its own seed): most of the
 * malformed part is refused before storage, and the share checks the same answers where
 * authentication and sync do reach the database.
 */
import { createHash, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorCode, SYNC_LIMITS } from '@/sync/protocol';
import { TEST_DATABASES } from '../../support/databases';
import { seededRandom } from '../../support/seededRandom';
import { malformedRequest, MALFORMED_KINDS, type FuzzContext, type FuzzRequest } from './malformedRequests';
import { openSecurityFixture, SECURITY_MAX_FILE_BYTES, type SecurityFixture } from './securityFixture';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);
const COUNT = 10_000;
const HANG_MS = 15_000;
const WAVE = 8;
const CODES = new Set<string>(Object.values(ApiErrorCode));

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

interface Answer {
  status: number;
  body: string;
  contentType: string | undefined;
}

/** What is wrong with an answer to a malformed request, or undefined when it is right. */
function problemWith(req: Pick<FuzzRequest, 'kind' | 'method'>, answer: Answer): string | undefined {
  // One bad mutation refuses itself, not the request (S3, V1-V3): a 200 whose header refuses it.
  if (req.kind === 'sync/bad mutation' && answer.status === 200) return refusedAlone(answer);
  if (answer.status < 400 || answer.status >= 500) return `status ${answer.status}`;
  if (req.method === 'HEAD') return undefined;
  if (!answer.contentType?.startsWith('application/json')) return `content-type ${answer.contentType}`;
  try {
    const body = JSON.parse(answer.body) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.message !== 'string') return `no message: ${answer.body.slice(0, 200)}`;
    if (typeof body.error.code !== 'string' || !CODES.has(body.error.code)) return `code ${String(body.error.code)}`;
  } catch {
    return `not JSON: ${answer.body.slice(0, 200)}`;
  }
  return undefined;
}

function refusedAlone(answer: Answer): string | undefined {
  try {
    const header = JSON.parse(answer.body.split('\n')[0] ?? '') as { type?: string; ackUpToSeq?: number; rejected?: Array<{ seq: number }> };
    if (header.type === 'header' && header.ackUpToSeq === 1 && header.rejected?.some((r) => r.seq === 1)) return undefined;
  } catch {
    // fall through
  }
  return `200 without refusing the bad mutation: ${answer.body.slice(0, 200)}`;
}

function withDeadline<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${HANG_MS} ms: ${what}`)), HANG_MS);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

async function inject(f: SecurityFixture, req: FuzzRequest): Promise<Answer> {
  const res: LightMyRequestResponse = await f.server.app.inject({
    method: req.method,
    url: req.url,
    headers: req.headers,
    ...(req.body ? { payload: req.body } : {}),
  });
  return { status: res.statusCode, body: res.body, contentType: res.headers['content-type'] as string | undefined };
}

/** One request over a real socket, the whole answer read. */
function overHttp(f: SecurityFixture, req: FuzzRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // Framed with a Content-Length even on GET and HEAD, so a body never runs into the next request.
    const headers = req.body ? { 'content-length': String(req.body.length), ...req.headers } : req.headers;
    const client = httpRequest(`${f.server.url}${req.url}`, { method: req.method, headers });
    client.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), contentType: res.headers['content-type'] });
      });
      res.on('error', reject);
    });
    client.on('error', (error) => reject(new Error(`${req.kind} ${req.method} ${req.url}: ${error.message}`)));
    client.end(req.body);
  });
}

/** Raw bytes on a socket, the answer read until the server closes or answers in full. */
function rawExchange(f: SecurityFixture, bytes: Buffer, options: { cutAfterWrite?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(f.server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? resolve(Buffer.concat(chunks).toString('latin1')) : reject(error),
    );
    socket.write(bytes, () => {
      if (options.cutAfterWrite) socket.destroy();
      else socket.end();
    });
  });
}

function parseRawAnswer(text: string): Answer {
  const [head = '', ...rest] = text.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
  const contentType = /\r\ncontent-type: ([^\r\n]+)/i.exec(head)?.[1];
  const body = rest.join('\r\n\r\n');
  const chunked = /\r\ntransfer-encoding: chunked/i.test(head);
  return { status, contentType, body: chunked ? body.replace(/^[0-9a-f]+\r\n|\r\n[0-9a-f]+\r\n|\r\n0\r\n\r\n$/gi, '') : body };
}

describe.each(TEST_DATABASES.map((kind, index) => ({ ...kind, index })))('malformed requests on $name', (kind) => {
  let f: SecurityFixture;
  let context: FuzzContext;
  // The 10,000 are shared among the databases under test, each with its own seed.
  const count = COUNT / TEST_DATABASES.length;
  const seed = SEED + kind.index;

  beforeAll(async () => {
    f = await openSecurityFixture(kind);
    const bytes = Buffer.from('a file the fuzz reads ranges of');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const put = await f.server.app.inject({
      method: 'PUT',
      url: `/api/v1/files/${sha}`,
      headers: { authorization: `Bearer ${f.tokens.teacher}` },
      payload: bytes,
    });
    expect(put.statusCode).toBe(201);
    context = { tokens: f.tokens, schoolId: f.schoolId, storedSha: sha, storedSize: bytes.length, maxFileBytes: SECURITY_MAX_FILE_BYTES };
  });
  afterAll(async () => {
    await f.close();
  });

  it(`${count} seeded malformed requests through inject: only 4xx with the JSON error body (one bad mutation: refused alone in a 200), and the heap stays bounded`, async () => {
    console.log(`[malformed] seed ${seed} (FUZZ_SEED=${SEED} replays the run), ${count} requests on ${kind.name}`);
    const r = seededRandom(seed);
    const problems: string[] = [];
    const heaps: number[] = [];
    // Every kind once, then kinds drawn by weight; sent in waves of a few at a time, as
    // several laptops would, and generated in order, so a seed replays the same requests.
    const kinds = [...MALFORMED_KINDS, ...Array.from<undefined>({ length: count - MALFORMED_KINDS.length })];
    for (let i = 0; i < count; i += WAVE) {
      const wave = kinds.slice(i, i + WAVE).map((k) => malformedRequest(r, context, k));
      const answers = await Promise.all(wave.map((req, k) => withDeadline(inject(f, req), `#${i + k} ${req.kind}`)));
      wave.forEach((req, k) => {
        const problem = problemWith(req, answers[k]!);
        if (problem && problems.length < 20) problems.push(`#${i + k} ${req.kind} ${req.method} ${req.url}: ${problem}`);
      });
      const tenth = count / 10;
      if (Math.floor((i + WAVE) / tenth) > Math.floor(i / tenth)) heaps.push(heapAfterGc());
    }
    expect(problems).toEqual([]);
    // Loosely: after the first tenth warmed everything up, the heap does not keep growing.
    const [warm = 0, ...later] = heaps;
    expect(Math.max(...later) - warm, `heap samples ${heaps.map((h) => Math.round(h / 1e6)).join(', ')} MB`).toBeLessThan(64 * 1024 * 1024);
  });

  it('a few hundred of them over real sockets answer alike', async () => {
    const r = seededRandom(seed + 100);
    const problems: string[] = [];
    const total = 300 / TEST_DATABASES.length;
    for (let i = 0; i < total; i++) {
      const req = malformedRequest(r, context);
      if (req.body && req.body.length > SYNC_LIMITS.maxBodyBytes / 4) continue;
      const answer = await withDeadline(overHttp(f, req), `#${i} ${req.kind}`);
      const problem = problemWith(req, answer);
      if (problem) problems.push(`#${i} ${req.kind}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it('bodies past the limit over a socket are refused with 413 payload_too_large naming the limit', async () => {
    const answers = [
      await overHttp(f, {
        kind: 'oversized sync',
        method: 'POST',
        url: '/api/v1/sync',
        headers: { authorization: `Bearer ${f.tokens.head}`, 'content-type': 'application/json' },
        body: Buffer.from(`{"protocol":1,"deviceId":"${'x'.repeat(SYNC_LIMITS.maxBodyBytes)}"}`),
      }),
      await overHttp(f, {
        kind: 'oversized login',
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        body: Buffer.from(JSON.stringify({ login: 'x', password: 'p'.repeat(10_000), deviceId: randomUUID() })),
      }),
    ];
    for (const answer of answers) {
      expect(problemWith({ kind: '413', method: 'POST' }, answer)).toBeUndefined();
      expect(answer.status).toBe(413);
      const error = (JSON.parse(answer.body) as { error: { code: string; limit?: number } }).error;
      expect(error.code).toBe('payload_too_large');
      expect(error.limit).toEqual(expect.any(Number));
    }
    expect((JSON.parse(answers[0]!.body) as { error: { limit: number } }).error.limit).toBe(SYNC_LIMITS.maxBodyBytes);
  });

  it('connections cut mid-body, headers past the limit and bytes that are not HTTP never get a 5xx, and error answers keep the JSON body', async () => {
    const requestHead = (path: string, length: number, extra = '') =>
      `POST ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${f.tokens.head}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n${extra}\r\n`;
    const r = seededRandom(seed + 200);
    for (let i = 0; i < 60; i++) {
      const path = r.pick(['/api/v1/sync', '/api/v1/auth/login', `/api/v1/files/${Buffer.from(r.bytes(32)).toString('hex')}`]);
      const body = Buffer.from(r.bytes(2_000 + r.int(50_000)));
      const sent = body.subarray(0, r.int(body.length));
      const text = await withDeadline(
        rawExchange(f, Buffer.concat([Buffer.from(requestHead(path, body.length)), sent]), { cutAfterWrite: true }),
        `cut #${i}`,
      );
      // Usually no answer reaches a dropped socket; one that does must not be a 5xx.
      if (text) expect(parseRawAnswer(text).status).toBeLessThan(500);
    }
    const oversizedHeaders = parseRawAnswer(
      await rawExchange(f, Buffer.from(requestHead('/api/v1/sync', 0, `X-Padding: ${'p'.repeat(20_000)}\r\n`))),
    );
    const notHttp = parseRawAnswer(await rawExchange(f, Buffer.from('HELLO /api/v1/sync SANDYQ/9\r\n\r\n')));
    const badHeader = parseRawAnswer(await rawExchange(f, Buffer.from('GET /api/v1/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n')));
    for (const [name, answer] of Object.entries({ oversizedHeaders, notHttp, badHeader })) {
      expect(problemWith({ kind: name, method: 'POST' }, answer), name).toBeUndefined();
    }
    expect(oversizedHeaders.status).toBe(431);
  });

  it('afterwards the server is healthy and a valid sync still works', async () => {
    const health = await fetch(`${f.server.url}/api/v1/health`);
    expect(health.status).toBe(200);
    expect((await health.json()).status).toBe('ok');
    const id = randomUUID();
    const fields = { code: 'after-fuzz', names: { kk: 'Сынақ', ru: 'Проверка', en: 'Check' } };
    const answer = await f.sync('head', [f.mutation('head', { table: 'subjects', id, schoolId: f.schoolId, fields })], { pull: true });
    expect(answer.status).toBe(200);
    expect(answer.header!.rejected).toEqual([]);
    const teacherSees = await f.pullAll('teacher');
    expect(teacherSees.find((row) => row.id === id)?.fields).toEqual(fields);
  });
});
