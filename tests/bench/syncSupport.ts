/**
 * Shared pieces of the sync benchmarks: a shared school laptop (one device, the head and
 * the quiz-taking pupils signed in on it), passes through the link emulator, the floor,
 * and the PouchDB figures of ../shared/bench/peers.md to print beside ours.
 */
// Devices run on fake-indexeddb here, as in the integration tests.
import '../support/setupFakeIndexedDb';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { dexieSyncStore } from '@/client/db/dexieSyncStore';
import { getDeviceIdentity } from '@/client/db/deviceIdentity';
import { httpSyncTransport } from '@/client/sync/httpSyncTransport';
import { runSyncPass, type SyncPassResult } from '@/client/sync/syncPass';
import type { SyncStore } from '@/client/sync/syncStore';
import type { SyncSession } from '@/client/sync/syncPass';
import { LINKS, startLinkEmulator, type LinkEmulator, type LinkName, type LinkStats } from '../support/linkEmulator';
import { signIn, type TestDevice } from '../support/testDevice';
import type { WorkloadRecord } from '../support/workloads/schoolDay';

/** PouchDB 9 replicating the same workloads over the same emulated links (peers.md). */
export const POUCHDB = {
  'school-day/geo-sat/push': { requests: 51, wallS: 32.3, bytesUp: 472_254, bytesDown: 65_320, batch1000: { requests: 11, wallS: 8.1 } },
  'school-day/geo-sat/pull': { requests: 64, wallS: 26.4, bytesUp: 107_042, bytesDown: 165_257, batch1000: { requests: 14, wallS: 7.7 } },
  'school-day/lan/push': { requests: 51, wallS: 0.45, bytesUp: 472_254, bytesDown: 65_320 },
  'school-day/lan/pull': { requests: 64, wallS: 0.42, bytesUp: 107_042, bytesDown: 165_257 },
  'school-term/geo-sat/pull': { requests: 364, wallS: 151.8, bytesUp: 5_398_761, bytesDown: 8_320_224, batch5000: { requests: 79, wallS: 49.5 } },
  'school-term/lan/pull': { requests: 3_579, wallS: 13.0, bytesUp: 6_390_440, bytesDown: 9_872_399 },
} as const;

export function pouchFigures(key: keyof typeof POUCHDB): Record<string, number | string> {
  const p = POUCHDB[key] as {
    requests: number;
    wallS: number;
    bytesUp: number;
    bytesDown: number;
    batch1000?: { requests: number; wallS: number };
    batch5000?: { requests: number; wallS: number };
  };
  const best = p.batch1000 ?? p.batch5000;
  return {
    pouchRequests: p.requests,
    pouchWallS: p.wallS,
    pouchBytesUp: p.bytesUp,
    pouchBytesDown: p.bytesDown,
    ...(best ? { pouchBestRequests: best.requests, pouchBestWallS: best.wallS, pouchBestBatch: p.batch1000 ? 1000 : 5000 } : {}),
  };
}

/** Plain JSON of the records (one object a line), and its gzip (level 6) and brotli (quality 5) sizes. */
export function payloadSizes(records: readonly WorkloadRecord[]): { plainBytes: number; gzipBytes: number; brotliBytes: number } {
  const text = records.map((r) => JSON.stringify({ table: r.table, id: r.id, fields: r.fields })).join('\n');
  const data = Buffer.from(text);
  return {
    plainBytes: data.length,
    gzipBytes: gzipSync(data, { level: 6 }).length,
    brotliBytes: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } })
      .length,
  };
}

/** Compressed payload ÷ bandwidth + one round trip, seconds. */
export function floorSeconds(link: LinkName, compressedBytes: number, direction: 'up' | 'down'): number | null {
  const profile = LINKS[link];
  const bps = direction === 'up' ? profile.upBitsPerSecond : profile.downBitsPerSecond;
  if (!Number.isFinite(bps)) return null;
  return round((compressedBytes * 8) / bps + profile.roundTripMs / 1000, 2);
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** One user signed in on a device: the session its outbox stream is pushed with. */
export interface DeviceUser {
  userId: string;
  session: SyncSession;
}

/** Signs further users in on the device (a shared laptop), as the sign-in screen would. */
export async function signInOnDevice(
  serverUrl: string,
  device: TestDevice,
  accounts: ReadonlyArray<{ login: string; password: string }>,
): Promise<DeviceUser[]> {
  const { deviceId } = await getDeviceIdentity(device.db);
  const users: DeviceUser[] = [];
  for (const a of accounts) {
    const login = await signIn(serverUrl, a.login, a.password, deviceId);
    users.push({ userId: login.user.id, session: { userId: login.user.id, token: login.token } });
  }
  return users;
}

export interface Measured {
  wallS: number;
  requests: number;
  pushed: number;
  pulled: number;
  stats: LinkStats;
  /** Seconds spent inside the store's page writes (IndexedDB merge), when measured. */
  storeS: number;
}

/** A store that adds up the time spent storing pulled pages. */
export function timedStore(store: SyncStore): { store: SyncStore; storeMs: () => number } {
  let ms = 0;
  return {
    store: {
      ...store,
      async storePage(rows, cursor, serverTime) {
        const t = performance.now();
        try {
          await store.storePage(rows, cursor, serverTime);
        } finally {
          ms += performance.now() - t;
        }
      },
    },
    storeMs: () => ms,
  };
}

/**
 * Syncs the device's users one after another through a fresh link emulator (so the first
 * request opens a cold connection): the first user pushes and pulls; the others only push
 * (the device's pull cursor is the first user's, a staff member's scope). Stops the clock
 * when the last pass has stored its answer.
 */
export async function syncThroughLink(
  serverPort: number,
  link: LinkName,
  device: TestDevice,
  users: ReadonlyArray<DeviceUser & { pull: boolean }>,
  options: {
    batchSize?: number;
    concurrentPushes?: number;
    onUserDone?: (i: number, elapsedS: number, stats: LinkStats, result: SyncPassResult) => void;
  } = {},
): Promise<Measured> {
  const emulator: LinkEmulator = await startLinkEmulator({ target: { host: '127.0.0.1', port: serverPort }, link });
  try {
    const timed = timedStore(dexieSyncStore(device.db));
    const transport = httpSyncTransport({ baseUrl: emulator.url, fetch: browserFetch, firstByteTimeoutMs: 120_000, idleTimeoutMs: 60_000 });
    const total = { requests: 0, pushed: 0, pulled: 0 };
    const add = (r: SyncPassResult) => {
      total.requests += r.requests;
      total.pushed += r.pushed;
      total.pulled += r.pulled;
    };
    const start = performance.now();
    const pass = (u: DeviceUser & { pull: boolean }) =>
      runSyncPass({
        store: timed.store,
        transport,
        session: u.session,
        now: Date.now,
        pull: u.pull,
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      });
    const concurrent = options.concurrentPushes ?? 1;
    let i = 0;
    // The pulling user first and alone; then the push-only users, `concurrent` at a time.
    const [first, ...rest] = users;
    if (first) {
      const r = await pass(first);
      add(r);
      options.onUserDone?.(i++, (performance.now() - start) / 1000, emulator.stats(), r);
    }
    const queue = [...rest];
    await Promise.all(
      Array.from({ length: Math.min(concurrent, queue.length) }, async () => {
        for (let u = queue.shift(); u; u = queue.shift()) {
          const r = await pass(u);
          add(r);
          options.onUserDone?.(i++, (performance.now() - start) / 1000, emulator.stats(), r);
        }
      }),
    );
    const wallS = (performance.now() - start) / 1000;
    return { wallS, ...total, stats: emulator.stats(), storeS: timed.storeMs() / 1000 };
  } finally {
    await emulator.close();
  }
}

/**
 * Node's fetch asks for `gzip, deflate` only; Chromium asks for `gzip, deflate, br, zstd`,
 * so the server answers it with brotli. Ask as the browser does, so the bytes down are the
 * bytes a school's laptop would receive.
 */
export const browserFetch: typeof fetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('accept-encoding', 'gzip, deflate, br, zstd');
  return fetch(input, { ...init, headers });
};

export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
