/**
 * `GET /api/v1/health`: a cheap liveness answer for the school's admin, the tests and the
 * benchmarks. It never touches storage, so it answers even while a migration runs.
 */
import type { FastifyInstance } from 'fastify';
import { appVersion } from '../appVersion';

export interface HealthBody {
  status: 'ok';
  version: string;
  /** The server's clock, ISO 8601: a device can tell the user when its own clock is wrong. */
  time: string;
}

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/health', async (): Promise<HealthBody> => ({
    status: 'ok',
    version: appVersion,
    time: new Date().toISOString(),
  }));
}
