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
import { linkRoutes } from '../connectivity/routes';
import { districtRoutes } from '../district/routes';
import { passwordRoutes } from '../people/passwordRoutes';
import { peopleRoutes } from '../people/peopleRoutes';
import type { PeopleSettings } from '../people/PeopleSettings';

export const API_PREFIX = '/api/v1';

export interface ApiRoutesOptions {
  /** Accounts need storage; without it only health is served. */
  accounts?: AuthRoutesOptions;
  /** Resource files need storage and a blob store; without them no file routes. */
  files?: FileRoutesOptions;
  /** Limits and hashing cost of the head's sign-in administration (served with accounts). */
  people?: PeopleSettings;
}

export async function apiRoutes(app: FastifyInstance, options: ApiRoutesOptions): Promise<void> {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
  await app.register(healthRoutes);
  if (options.accounts) {
    await app.register(authRoutes, options.accounts);
    const { db, now, authenticate } = options.accounts;
    const people = options.people ?? {};
    await app.register(peopleRoutes, {
      db,
      now,
      authenticate,
      ...(people.rateLimit ? { rateLimit: people.rateLimit } : {}),
      ...(people.passwordParams ? { passwordParams: people.passwordParams } : {}),
    });
    await app.register(passwordRoutes, {
      db,
      now,
      authenticate,
      ...(people.passwordChangeLimit ? { rateLimit: people.passwordChangeLimit } : {}),
      ...(people.passwordParams ? { passwordParams: people.passwordParams } : {}),
    });
    await app.register(linkRoutes, { db, now, authenticate });
    await app.register(districtRoutes, { db, now, authenticate });
  }
  if (options.files) await app.register(fileRoutes, options.files);
}

/** True for `/api` and everything below it: such paths never fall back to the app's HTML. */
export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}
