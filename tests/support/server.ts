/**
 * Starts the real server in this process on 127.0.0.1 and a free port, for integration
 * and end-to-end tests. `setDistDir` switches the served build under the running server,
 * as a redeploy does, so a test can keep an old tab open across several deploys.
 *
 * Storage: pass a `Database` the test owns (it survives `close()`, so a test can restart
 * the server on the same data, on the same `port` if it likes), or a `TestDatabaseKind`
 * from TEST_DATABASES that the server opens and `close()` closes. `demo` seeds the demo
 * school (cheap password hashing) and returns its accounts to sign in with.
 */
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { buildApp, type BuildAppOptions } from '@/server/app';
import { defaultDistDir } from '@/server/projectRoot';
import type { Database } from '@/server/storage/database';
import { ServerClock } from '@/server/sync/serverClock';
import { seedDemoSchool } from '@/server/demo/seedDemoSchool';
import type { DemoSchool } from '@/server/demo/buildDemoSchool';
import type { ScryptParams } from '@/server/auth/passwordHash';
import type { TestDatabaseKind } from './databases';

/** Fast scrypt for tests: the hash string records it, so verification works as usual. */
export const TEST_SCRYPT_PARAMS: ScryptParams = { ln: 4, r: 8, p: 1 };

export interface TestServerOptions {
  /** The build to serve. Default: the repository's `dist/` (run `npm run build` first). */
  distDir?: string;
  /** Further options for `buildApp`. */
  app?: Omit<BuildAppOptions, 'distDir' | 'database'>;
  /** A database the test owns, or a kind from TEST_DATABASES to open (and close with the server). */
  database?: Database | TestDatabaseKind;
  /** Seed the demo school (needs `database`); a string is the seed. Idempotent. */
  demo?: boolean | string;
  /** Listen on this port (e.g. the same one after a restart). Default: a free one. */
  port?: number;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  port: number;
  app: FastifyInstance;
  /** The storage the server uses, if any. */
  database: Database | undefined;
  /** The demo school and its accounts (logins and passwords), when `demo` was asked for. */
  demo: DemoSchool | undefined;
  /** The build served from now on, for every request (the next page load sees it). */
  setDistDir(dir: string): void;
  /** Stops the server; closes the database only if the server opened it. */
  close(): Promise<void>;
}

function isDatabaseKind(value: Database | TestDatabaseKind): value is TestDatabaseKind {
  return 'open' in value && typeof value.open === 'function';
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  let distDir = options.distDir ?? defaultDistDir;
  const ownsDatabase = options.database !== undefined && isDatabaseKind(options.database);
  const database = options.database === undefined ? undefined : isDatabaseKind(options.database) ? await options.database.open() : options.database;
  const now = options.app?.now ?? Date.now;
  const clock = options.app?.clock ?? new ServerClock(now);
  let demo: DemoSchool | undefined;
  if (options.demo) {
    if (!database) throw new Error('startTestServer: demo needs a database');
    const seed = typeof options.demo === 'string' ? { seed: options.demo } : {};
    demo = (await seedDemoSchool(database, { clock, passwordParams: TEST_SCRYPT_PARAMS, ...seed })).demo;
  }
  const app = await buildApp({
    logger: false,
    ...options.app,
    clock,
    ...(database ? { database } : {}),
    distDir: () => distDir,
  });
  await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    app,
    database,
    demo,
    setDistDir(dir) {
      distDir = dir;
    },
    async close() {
      await app.close();
      if (ownsDatabase) await database?.close();
    },
  };
}
