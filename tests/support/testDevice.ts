/**
 * A simulated device for integration tests: its own IndexedDB database (fake-indexeddb),
 * a signed-in user, and the real sync client talking HTTP to a real server (or to a
 * fault-injecting proxy in front of it).
 */
import { randomUUID } from 'node:crypto';
import { SandyqDb } from '@/client/db/db';
import { dexieSyncStore } from '@/client/db/dexieSyncStore';
import { getDeviceIdentity } from '@/client/db/deviceIdentity';
import type { Author } from '@/client/db/author';
import { httpSyncTransport } from '@/client/sync/httpSyncTransport';
import { v1SyncTransport } from './v1SyncTransport';
import { runSyncPass, type SyncPassResult, type SyncProgress } from '@/client/sync/syncPass';
import { loginResponseSchema, type LoginResponse } from '@/sync/authMessages';
import type { DbEnv } from '@/client/db/dbEnv';

export interface TestDevice {
  name: string;
  /** The device's database; a new object after `reload()`. */
  readonly db: SandyqDb;
  author: Author;
  login: LoginResponse;
  /** Where sync requests go (the server, or a proxy). */
  baseUrl: string;
  sync(options?: { batchSize?: number; pull?: boolean; onProgress?: (p: SyncProgress) => void; baseUrl?: string }): Promise<SyncPassResult>;
  /** A page reload: the database is closed and opened again; the session is kept. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface DeviceOptions {
  /** The server, for sign-in. */
  serverUrl: string;
  /** Where sync goes; default the server. */
  syncUrl?: string;
  login: string;
  password: string;
  env?: Partial<DbEnv>;
  /** Reuse a database name: the same device after a page reload. */
  dbName?: string;
  batchSize?: number;
  /** The sync protocol the device speaks: 2 (today's app, default) or 1 (a laptop not yet updated). */
  protocol?: 1 | 2;
}

export async function signIn(serverUrl: string, login: string, password: string, deviceId: string): Promise<LoginResponse> {
  const res = await fetch(`${serverUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password, deviceId }),
  });
  if (!res.ok) throw new Error(`sign-in of ${login} failed: ${res.status} ${await res.text()}`);
  return loginResponseSchema.parse(await res.json());
}

export async function openTestDevice(options: DeviceOptions): Promise<TestDevice> {
  const name = options.dbName ?? `device-${options.login}-${randomUUID()}`;
  const openDb = async () => {
    const opened = new SandyqDb(name, options.env ? { env: options.env } : {});
    await opened.open();
    return opened;
  };
  let db = await openDb();
  const { deviceId } = await getDeviceIdentity(db);
  const login = await signIn(options.serverUrl, options.login, options.password, deviceId);
  let store = dexieSyncStore(db);
  const device: TestDevice = {
    name,
    get db() {
      return db;
    },
    author: { userId: login.user.id, schoolId: login.user.schoolId },
    login,
    baseUrl: options.syncUrl ?? options.serverUrl,
    sync: (o = {}) =>
      runSyncPass({
        store,
        transport: (options.protocol === 1 ? v1SyncTransport : httpSyncTransport)({
          baseUrl: o.baseUrl ?? device.baseUrl,
          firstByteTimeoutMs: 20_000,
          idleTimeoutMs: 10_000,
        }),
        session: { userId: login.user.id, token: login.token },
        now: options.env?.now ?? Date.now,
        ...((o.batchSize ?? options.batchSize) ? { batchSize: o.batchSize ?? options.batchSize } : {}),
        ...(o.pull !== undefined ? { pull: o.pull } : {}),
        ...(o.onProgress ? { onProgress: o.onProgress } : {}),
      }),
    async reload() {
      db.close();
      db = await openDb();
      store = dexieSyncStore(db);
    },
    close: async () => db.close(),
  };
  return device;
}

/** Every synced row a device holds, by table, without clocks: for comparing devices. */
export async function snapshot(db: SandyqDb, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    const rows = await db.table(t).toArray();
    out[t] = rows
      .map(({ clocks: _c, schemaVersion: _v, ...rest }: Record<string, unknown>) => rest)
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return out;
}
