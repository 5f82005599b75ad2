/**
 * `school-term` (../shared/bench/WORKLOADS.md): a new laptop's first full pull of the demo
 * school after a term of 60 school days (about 71,000 rows with the school itself), over
 * `geo-sat` and `lan` through the link emulator, until it can work offline (every row
 * stored, the cursor at the head).
 *
 * The device stores into fake-indexeddb, whose CPU cost is not a browser's; so each link
 * is measured twice: `first-pull` with the real device store, and `first-pull-network` with
 * a store that only keeps the cursor (what the link and the server cost alone). Pages are
 * stored while the next ones stream, so the two overlap: `storeS` is the time inside the
 * store's page writes, `storeAddsS` what storing adds to the network's time (the split of
 * the wall time into network and storing). The goal (issue 12) is `goalS` over `geo-sat`;
 * the server runs in a process of its own (`syncTermServer.ts`), as on its own machine.
 */
// First: Dexie reads the IndexedDB globals when it loads.
import '../support/setupFakeIndexedDb';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { httpSyncTransport } from '@/client/sync/httpSyncTransport';
import { runSyncPass } from '@/client/sync/syncPass';
import type { SyncStore } from '@/client/sync/syncStore';
import { startLinkEmulator, type LinkName } from '../support/linkEmulator';
import { openTestDevice } from '../support/testDevice';
import type { Benchmark, BenchResult } from './benchmark';
import { browserFetch, floorSeconds, medianOf, pouchFigures, round, syncThroughLink, type Measured } from './syncSupport';

const LINK_NAMES = ['geo-sat', 'lan'] as const;
/** Issue 12: a new laptop's first pull of a term, until it can work offline, over `geo-sat`. */
const GOAL_S = 5;

/** A device store that keeps nothing but the cursor: the pull without IndexedDB's cost. */
function cursorOnlyStore(deviceId: string): SyncStore {
  let cursor: string | null = null;
  return {
    deviceId: async () => deviceId,
    readBatch: async () => [],
    acknowledge: async () => undefined,
    storePage: async (_rows, c) => void (cursor = c),
    readCursor: async () => cursor,
    storeCursor: async (c) => void (cursor = c),
    receiveServerTime: async () => undefined,
    countPending: async () => 0,
  };
}

async function networkOnlyPull(port: number, link: LinkName, token: string, userId: string): Promise<Measured> {
  const emulator = await startLinkEmulator({ target: { host: '127.0.0.1', port }, link });
  try {
    const transport = httpSyncTransport({ baseUrl: emulator.url, fetch: browserFetch, firstByteTimeoutMs: 120_000, idleTimeoutMs: 60_000 });
    const start = performance.now();
    const r = await runSyncPass({ store: cursorOnlyStore(crypto.randomUUID()), transport, session: { userId, token }, now: Date.now });
    return { wallS: (performance.now() - start) / 1000, requests: r.requests, pushed: 0, pulled: r.pulled, stats: emulator.stats(), storeS: 0 };
  } finally {
    await emulator.close();
  }
}

interface TermServer {
  port: number;
  login: string;
  password: string;
  rows: number;
  plainBytes: number;
  brotliBytes: number;
  writeS: number;
  stop(): Promise<void>;
}

/** Starts `syncTermServer.ts` in its own process and waits for its ready line. */
async function startTermServer(): Promise<TermServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./syncTermServer.ts', import.meta.url))], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<Omit<TermServer, 'stop'>>((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const newline = buffered.indexOf('\n');
      if (newline >= 0) resolve(JSON.parse(buffered.slice(0, newline)) as Omit<TermServer, 'stop'>);
    });
    child.once('exit', (code) => reject(new Error(`the term server exited (${code}) before it was ready`)));
  });
  return {
    ...ready,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export const syncSchoolTerm: Benchmark = {
  name: 'sync-school-term',
  async run({ runs, log }) {
    const started = performance.now();
    const server = await startTermServer();
    log(
      `  term server ready in ${Math.round((performance.now() - started) / 1000)} s (term written in ${Math.round(server.writeS)} s): ${server.rows} rows`,
    );
    const serverUrl = `http://127.0.0.1:${server.port}`;
    const rows: BenchResult[] = [];
    try {
      const samples = runs;
      for (const link of LINK_NAMES) {
        const device: Measured[] = [];
        const network: Measured[] = [];
        for (let i = 0; i < samples; i++) {
          const laptop = await openTestDevice({ serverUrl, login: server.login, password: server.password });
          try {
            const user = { userId: laptop.login.user.id, session: { userId: laptop.login.user.id, token: laptop.login.token }, pull: true };
            const m = await syncThroughLink(server.port, link, laptop, [user]);
            if (m.pulled !== server.rows) throw new Error(`the new laptop pulled ${m.pulled} of ${server.rows} rows`);
            device.push(m);
            network.push(await networkOnlyPull(server.port, link, laptop.login.token, laptop.login.user.id));
            log(`  ${link}: first pull ${round(m.wallS)} s (store ${round(m.storeS)} s), network only ${round(network.at(-1)!.wallS)} s`);
          } finally {
            await laptop.close();
            await globalThis.indexedDB.deleteDatabase(laptop.name);
          }
        }
        const base = { workload: 'school-term', link, rows: server.rows, plainBytes: server.plainBytes, brotliBytes: server.brotliBytes };
        const fig = (ms: Measured[]) => ({
          requests: medianOf(ms.map((m) => m.requests)),
          bytesUp: Math.round(medianOf(ms.map((m) => m.stats.bytesUp))),
          bytesDown: Math.round(medianOf(ms.map((m) => m.stats.bytesDown))),
          wallS: round(medianOf(ms.map((m) => m.wallS))),
        });
        const d = fig(device);
        const n = fig(network);
        const floor = floorSeconds(link, server.brotliBytes, 'down');
        rows.push({
          name: 'sync-school-term first-pull',
          ...base,
          ...d,
          networkS: n.wallS,
          storeAddsS: round(Math.max(0, d.wallS - n.wallS)),
          storeS: round(medianOf(device.map((m) => m.storeS))),
          floorS: floor,
          ...(link === 'geo-sat' ? { goalS: GOAL_S, meetsGoal: d.wallS <= GOAL_S } : {}),
          ...pouchFigures(`school-term/${link}/pull` as const),
        });
        rows.push({
          name: 'sync-school-term first-pull-network',
          ...base,
          ...n,
          floorS: floor,
          ...(link === 'geo-sat' ? { goalS: GOAL_S, meetsGoal: n.wallS <= GOAL_S } : {}),
        });
      }
    } finally {
      await server.stop();
    }
    return rows;
  },
};
