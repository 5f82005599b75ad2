/**
 * Everything under `/api/v1`. Each resource keeps its routes in its own folder
 * (`health/routes.ts`, `auth/routes.ts`, `files/routes.ts`, ...) and is registered here, once. Sync registers
 * its full path itself (see app.ts); the docs live in `docs/routes.ts`.
 * API answers are never stored by HTTP caches: they are per user and change all the time.
 */
import type { FastifyInstance } from 'fastify';
import { authRoutes, type AuthRoutesOptions } from '../auth/routes';
import { fileRoutes, type FileRoutesOptions } from '../files/routes';
import { healthRoutes } from '../health/routes';

export const API_PREFIX = '/api/v1';

export interface ApiRoutesOptions {
  /** Accounts need storage; without it only health is served. */
  accounts?: AuthRoutesOptions;
  /** Resource files need storage and a blob store; without them no file routes. */
  files?: FileRoutesOptions;
}

export async function apiRoutes(app: FastifyInstance, options: ApiRoutesOptions): Promise<void> {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
  await app.register(healthRoutes);
  if (options.accounts) await app.register(authRoutes, options.accounts);
  if (options.files) await app.register(fileRoutes, options.files);
}

/** True for `/api` and everything below it: such paths never fall back to the app's HTML. */
export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}
