/**
 * P4 on PGlite and PostgreSQL: a first pull cut halfway resumes from the last stored page's
 * cursor, never from the start. The school holds about 10,000 rows (the demo school and 8
 * `school-day`s), so a new laptop's first pull is several pages. Two cuts:
 * - the answer stops after two pages (the transport fails after yielding them);
 * - the connection drops at a byte in the middle of the compressed answer (a proxy cuts it).
 * Each time the next request's cursor is the cursor stored with the last complete page, and
 * the rows received over both requests are the rows needed, none twice.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dexieSyncStore } from '@/client/db/dexieSyncStore';
import { readSyncState } from '@/client/db/syncState';
import { httpSyncTransport } from '@/client/sync/httpSyncTransport';
import { SyncError, SyncFailure } from '@/client/sync/syncErrors';
import { runSyncPass } from '@/client/sync/syncPass';
import type { ExchangeLine, SyncTransport } from '@/client/sync/syncTransport';
import { ServerClock } from '@/server/sync/serverClock';
import { TABLE_NAMES } from '@/domain/tables';
import { parseCursor, SYNC_LIMITS, type Cursor } from '@/sync/protocol';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { openTestDevice, type TestDevice } from '../../support/testDevice';
import { schoolFacts } from '../../support/workloads/schoolFacts';
import { planSchoolTerm, writeOnServer } from '../../support/workloads/schoolTerm';

/** Sends requests through `inner`, noting each request's cursor and the rows each answer brought. */
function recording(inner: SyncTransport, options: { failAfterPages?: number } = {}) {
  const requests: Array<{ cursor: Cursor | null; rows: number; pages: number }> = [];
  const transport: SyncTransport = {
    async *exchange(request, token, signal): AsyncGenerator<ExchangeLine> {
      const seen = { cursor: request.cursor, rows: 0, pages: 0 };
      requests.push(seen);
      for await (const line of inner.exchange(request, token, signal)) {
        if (line.type === 'page') {
          seen.rows += line.rows.length;
          seen.pages += 1;
        }
        yield line;
        if (line.type === 'page' && seen.pages === options.failAfterPages) throw new SyncError(SyncFailure.offline, 'The answer stopped');
      }
    },
  };
  return { transport, requests };
}

/** An HTTP proxy that passes answers through until `cutAt` bytes, then drops the connection. */
async function startCuttingProxy(
  target: string,
): Promise<{ url: string; cutAt: number | undefined; lastAnswerBytes: number; close(): Promise<void> }> {
  const state = { url: '', cutAt: undefined as number | undefined, lastAnswerBytes: 0, close: async () => undefined as void };
  const server = http.createServer((req, res) => {
    const upstream = http.request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      let sent = 0;
      answer.on('data', (chunk: Buffer) => {
        if (state.cutAt !== undefined && sent + chunk.length >= state.cutAt) {
          res.write(chunk.subarray(0, state.cutAt - sent));
          sent = state.cutAt;
          answer.destroy();
          res.socket?.destroy();
          return;
        }
        sent += chunk.length;
        res.write(chunk);
      });
      answer.on('end', () => {
        state.lastAnswerBytes = sent;
        res.end();
      });
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

describe.each(TEST_DATABASES)('a cut first pull resumes on $name', (kind) => {
  let server: TestServer;
  let needed: number;
  const devices: TestDevice[] = [];
  const teacher = () => server.demo!.accounts.find((a) => a.login === 'teacher1')!;
  const newLaptop = async () => {
    const d = await openTestDevice({ serverUrl: server.url, login: teacher().login, password: teacher().password });
    devices.push(d);
    return d;
  };
  const rowsOn = async (d: TestDevice) => {
    let n = 0;
    for (const t of TABLE_NAMES) n += await d.db.records(t).count();
    return n;
  };
  const pass = (d: TestDevice, transport: SyncTransport) =>
    runSyncPass({ store: dexieSyncStore(d.db), transport, session: { userId: d.login.user.id, token: d.login.token }, now: Date.now });

  beforeAll(async () => {
    const clock = new ServerClock();
    server = await startTestServer({ database: kind, demo: true, app: { clock } });
    const facts = schoolFacts(server.demo!);
    await writeOnServer(server.database!, facts, planSchoolTerm(facts, { seed: 3, days: 8, resources: 20 }), clock);
    const [row] = await server.database!.query<{ n: number }>('SELECT count(*)::int AS n FROM records WHERE school_id = $1', [facts.schoolId]);
    needed = Number(row!.n);
    expect(needed).toBeGreaterThan(4 * SYNC_LIMITS.rowsPerPage);
  });
  afterAll(async () => {
    for (const d of devices) await d.close();
    await server.close();
  });

  it("P4: an answer that stops after two pages resumes from the second page's cursor", async () => {
    const laptop = await newLaptop();
    const http = httpSyncTransport({ baseUrl: server.url });
    const first = recording(http, { failAfterPages: 2 });
    await expect(pass(laptop, first.transport)).rejects.toThrow(SyncError);
    expect(first.requests).toEqual([{ cursor: null, rows: 2 * SYNC_LIMITS.rowsPerPage, pages: 2 }]);
    const stored = await readSyncState(laptop.db.$syncState, 'pullCursor');
    expect(parseCursor(stored ?? null)).toBeGreaterThan(0);
    expect(await rowsOn(laptop)).toBe(2 * SYNC_LIMITS.rowsPerPage);

    await laptop.reload();
    const second = recording(http);
    const result = await pass(laptop, second.transport);
    expect(second.requests[0]!.cursor).toBe(stored);
    expect(second.requests).toHaveLength(1);
    // Nothing sent twice: the rows of both answers are the rows needed.
    expect(first.requests[0]!.rows + result.pulled).toBe(needed);
    expect(await rowsOn(laptop)).toBe(needed);
  });

  it('P4: a connection dropped in the middle of the answer resumes from the last complete page', async () => {
    const proxy = await startCuttingProxy(server.url);
    try {
      // One clean first pull through the proxy gives the answer's size on the wire.
      const probe = await newLaptop();
      await pass(probe, httpSyncTransport({ baseUrl: proxy.url }));
      expect(await rowsOn(probe)).toBe(needed);
      const fullBytes = proxy.lastAnswerBytes;
      expect(fullBytes).toBeGreaterThan(0);

      const laptop = await newLaptop();
      proxy.cutAt = Math.floor(fullBytes * 0.55);
      const first = recording(httpSyncTransport({ baseUrl: proxy.url }));
      await expect(pass(laptop, first.transport)).rejects.toThrow(SyncError);
      const storedRows = await rowsOn(laptop);
      expect(first.requests[0]!.rows).toBe(storedRows);
      expect(storedRows).toBeGreaterThanOrEqual(SYNC_LIMITS.rowsPerPage);
      expect(storedRows).toBeLessThan(needed);
      const stored = await readSyncState(laptop.db.$syncState, 'pullCursor');
      expect(parseCursor(stored ?? null)).toBeGreaterThan(0);

      proxy.cutAt = undefined;
      await laptop.reload();
      const second = recording(httpSyncTransport({ baseUrl: proxy.url }));
      const result = await pass(laptop, second.transport);
      expect(second.requests[0]!.cursor).toBe(stored);
      expect(storedRows + result.pulled).toBe(needed);
      expect(await rowsOn(laptop)).toBe(needed);
    } finally {
      await proxy.close();
    }
  });
});
