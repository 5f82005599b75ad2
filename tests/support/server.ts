/**
 * Starts the real server in this process on 127.0.0.1 and a free port, for integration
 * and end-to-end tests. `setDistDir` switches the served build under the running server,
 * as a redeploy does, so a test can keep an old tab open across several deploys.
 */
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { buildApp, type BuildAppOptions } from '../../src/server/app';
import { defaultDistDir } from '../../src/server/projectRoot';

export interface TestServerOptions {
  /** The build to serve. Default: the repository's `dist/` (run `npm run build` first). */
  distDir?: string;
  /** Further options for `buildApp` (issue 3 adds storage and accounts to them). */
  app?: Omit<BuildAppOptions, 'distDir'>;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  port: number;
  app: FastifyInstance;
  /** The build served from now on, for every request (the next page load sees it). */
  setDistDir(dir: string): void;
  close(): Promise<void>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  let distDir = options.distDir ?? defaultDistDir;
  const app = await buildApp({ logger: false, ...options.app, distDir: () => distDir });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    app,
    setDistDir(dir) {
      distDir = dir;
    },
    close: () => app.close(),
  };
}
