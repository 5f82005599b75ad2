/**
 * Builds the whole HTTP server as one Fastify instance, without listening: `start.ts`
 * listens on a port, tests call `inject()` or listen on port 0. The order matters:
 * error handling and response hooks first, compression before any route (it hooks each
 * route as it is added), then the API under `/api/v1` and its docs, then the built app as
 * the catch-all for everything else.
 *
 * The database is the caller's: `start.ts` and the tests open it, and close it after the
 * app. Without one the server still serves the app, health and the API docs (tests of the
 * static server need nothing more); accounts and sync need one, files a blob store too.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { API_PREFIX, apiRoutes } from './api/apiRoutes';
import { createAuthenticate } from './auth/authenticate';
import { LoginRateLimiter, type LoginRateLimits } from './auth/LoginRateLimiter';
import { buildOpenApiDocument } from './docs/openApiDocument';
import { docsRoutes } from './docs/routes';
import { clientErrorHandler, frameworkErrors, installErrorHandling } from './errors/installErrorHandling';
import { registerCompression } from './http/registerCompression';
import { installSecurityHeaders } from './http/installSecurityHeaders';
import { FILE_LIMITS } from '../sync/fileMessages';
import { defaultDistDir } from './projectRoot';
import { sharedCompressedFileCache } from './static/CompressedFileCache';
import { staticRoutes } from './static/routes';
import type { BlobStore } from './files/BlobStore';
import type { Database } from './storage/database';
import { ServerClock } from './sync/serverClock';
import { syncRoutes } from './sync/syncRoutes';
import { bundleRoutes } from './bundles/routes';
import type { PeopleSettings } from './people/PeopleSettings';

export interface BuildAppOptions {
  /**
   * The built app to serve. A function is read on every request, so a test can switch
   * deploys under a running server. Default: the repository's `dist/`.
   */
  distDir?: string | (() => string);
  /** Where requests and errors are logged: a pino logger made with `serverLogOptions` (JSON lines). Default: nowhere. */
  logger?: FastifyBaseLogger | false;
  /** Storage for accounts and sync. The caller opens it and closes it after the app. */
  database?: Database;
  /** Wall clock in ms: session expiry, rate-limit windows, the sync header. Default Date.now. */
  now?: () => number;
  /** The server's hybrid logical clock. Default: a new one on `now`. */
  clock?: ServerClock;
  /** Failed sign-ins allowed per account and per address. Default DEFAULT_LOGIN_RATE_LIMITS. */
  loginRateLimits?: LoginRateLimits;
  /** Resource files: where their bytes live, and the largest accepted (default 200 MB). Needs `database`. */
  files?: { store: BlobStore; maxBytes?: number };
  /** Trust X-Forwarded-For (a reverse proxy in front), for per-address limits. Default false. */
  trustProxy?: boolean;
  /** The head's sign-in administration: rate limits and hashing cost. Default: production values. */
  people?: PeopleSettings;
}

export async function buildApp(options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    frameworkErrors,
    clientErrorHandler,
    trustProxy: options.trustProxy ?? false,
  });
  installErrorHandling(app);
  installSecurityHeaders(app);
  await registerCompression(app);

  const now = options.now ?? Date.now;
  const db = options.database;
  const accounts = db && {
    db,
    now,
    limiter: new LoginRateLimiter(db, options.loginRateLimits),
    authenticate: createAuthenticate({ db, now }),
  };
  const files = accounts &&
    options.files && {
      db: accounts.db,
      authenticate: accounts.authenticate,
      store: options.files.store,
      maxBytes: options.files.maxBytes ?? FILE_LIMITS.defaultMaxBytes,
    };
  await app.register(apiRoutes, {
    prefix: API_PREFIX,
    ...(accounts ? { accounts } : {}),
    ...(files ? { files } : {}),
    ...(options.people ? { people: options.people } : {}),
  });
  if (accounts) {
    const clock = options.clock ?? new ServerClock(now);
    await app.register(async (scope) => syncRoutes(scope, { db: accounts.db, clock, authenticate: accounts.authenticate, now }));
    const blobs = options.files?.store;
    await app.register(async (scope) =>
      bundleRoutes(scope, { db: accounts.db, clock, now, authenticate: accounts.authenticate, ...(blobs ? { blobs } : {}) }),
    );
  }
  await app.register(docsRoutes, { document: buildOpenApiDocument() });

  const distDir = options.distDir ?? defaultDistDir;
  await app.register(staticRoutes, {
    distDir: typeof distDir === 'function' ? distDir : () => distDir,
    cache: sharedCompressedFileCache,
  });
  return app;
}
