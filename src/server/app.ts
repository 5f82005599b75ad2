/**
 * Builds the whole HTTP server as one Fastify instance, without listening: `start.ts`
 * listens on a port, tests call `inject()` or listen on port 0. The order matters:
 * error handling and response hooks first, compression before any route (it hooks each
 * route as it is added), then the API under `/api/v1`, then the built app as the
 * catch-all for everything else.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { API_PREFIX, apiRoutes } from './api/apiRoutes';
import { frameworkErrors, installErrorHandling } from './errors/installErrorHandling';
import { registerCompression } from './http/registerCompression';
import { installSecurityHeaders } from './http/installSecurityHeaders';
import { defaultDistDir } from './projectRoot';
import { sharedCompressedFileCache } from './static/CompressedFileCache';
import { staticRoutes } from './static/routes';

export interface BuildAppOptions {
  /**
   * The built app to serve. A function is read on every request, so a test can switch
   * deploys under a running server. Default: the repository's `dist/`.
   */
  distDir?: string | (() => string);
  /** Log requests and errors with Fastify's logger (pino, JSON lines). Default: off. */
  logger?: boolean;
}

export async function buildApp(options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, frameworkErrors });
  installErrorHandling(app);
  installSecurityHeaders(app);
  await registerCompression(app);

  await app.register(apiRoutes, { prefix: API_PREFIX });

  const distDir = options.distDir ?? defaultDistDir;
  await app.register(staticRoutes, {
    distDir: typeof distDir === 'function' ? distDir : () => distDir,
    cache: sharedCompressedFileCache,
  });
  return app;
}
