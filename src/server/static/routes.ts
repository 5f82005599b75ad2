/**
 * Serves the built app (`dist/`) and makes it a single-page app: a page load of any
 * non-API path that is not a file (`/attendance`, `/reports/2026`) gets index.html, and the
 * client's router takes over. A missing script or asset never gets HTML (a browser would
 * run an HTML page as JavaScript and show a blank screen): it gets a JSON 404.
 *
 * The build folder is read through a function on every request, so a test can switch
 * deploys under a running server, as a real redeploy does.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isApiPath } from '../api/apiRoutes';
import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/errorCode';
import type { CompressedFileCache } from './CompressedFileCache';
import { resolveDistFile } from './resolveDistFile';
import { sendDistFile } from './sendDistFile';

export interface StaticRoutesOptions {
  distDir: () => string;
  cache: CompressedFileCache;
}

export async function staticRoutes(app: FastifyInstance, options: StaticRoutesOptions): Promise<void> {
  await app.register(fastifyStatic, { serve: false });

  app.get('/*', async (request, reply) => {
    const pathname = requestPathname(request);
    if (isApiPath(pathname)) return reply.callNotFound();
    const distDir = options.distDir();

    const file = await resolveDistFile(distDir, pathname);
    if (file) return sendDistFile(request, reply, distDir, file, options.cache);

    if (pathname.startsWith('/assets/') || !acceptsHtml(request)) return reply.callNotFound();
    const index = await resolveDistFile(distDir, '/index.html');
    if (!index) {
      throw new ApiError(503, ErrorCode.appNotBuilt, 'The app is not built yet: run `npm run build` or `npm start`');
    }
    return sendDistFile(request, reply, distDir, index, options.cache);
  });
}

function requestPathname(request: FastifyRequest): string {
  const raw = request.url.split('?')[0] ?? '/';
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new ApiError(400, ErrorCode.badRequest, 'The path is not valid percent-encoding');
  }
}

/** A page load (navigation) asks for HTML by name; `fetch`, scripts and images send `*\/*`. */
function acceptsHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}
