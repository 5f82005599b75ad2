/**
 * Everything under `/api/v1`. Each resource keeps its routes in its own folder
 * (`health/routes.ts`, ...) and is registered here, once; issue 3 adds accounts and sync.
 * API answers are never stored by HTTP caches: they are per user and change all the time.
 */
import type { FastifyInstance } from 'fastify';
import { healthRoutes } from '../health/routes';

export const API_PREFIX = '/api/v1';

export async function apiRoutes(app: FastifyInstance): Promise<void> {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
  await app.register(healthRoutes);
}

/** True for `/api` and everything below it: such paths never fall back to the app's HTML. */
export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}
