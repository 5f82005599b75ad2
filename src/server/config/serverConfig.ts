/**
 * What the server process reads from its environment, in one place, so `npm start` and
 * `npm run admin` open the same database:
 * - DATABASE_URL: PostgreSQL; unset means the embedded PGlite under DATA_DIR.
 * - DATA_DIR: where PGlite and resource files (`blobs/`) live; default `./.data`.
 *   Files stay here with DATABASE_URL too.
 * - SANDYQ_DEMO: `0` (or `false`, `no`, `off`) skips creating the demo school.
 * - TRUST_PROXY: `1` when a reverse proxy sits in front, so login rate limits see the
 *   pupil's laptop address from X-Forwarded-For instead of the proxy's.
 */
import { join } from 'node:path';
import type { DatabaseConfig } from '../storage/openDatabase';

export interface ServerConfig {
  database: DatabaseConfig;
  /** Resource files' bytes: DATA_DIR/blobs. */
  blobsDir: string;
  /** Create (on an empty database) and announce the demo school. */
  demo: boolean;
  trustProxy: boolean;
}

export const DEFAULT_DATA_DIR = './.data';

type Env = Readonly<Record<string, string | undefined>>;

export function readServerConfig(env: Env): ServerConfig {
  return {
    database: readDatabaseConfig(env),
    blobsDir: join(dataDirOf(env), 'blobs'),
    demo: !isOff(env.SANDYQ_DEMO),
    trustProxy: isOn(env.TRUST_PROXY),
  };
}

export function readDatabaseConfig(env: Env): DatabaseConfig {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl) return { databaseUrl };
  return { dataDir: dataDirOf(env) };
}

function dataDirOf(env: Env): string {
  return env.DATA_DIR?.trim() || DEFAULT_DATA_DIR;
}

function isOff(value: string | undefined): boolean {
  return ['0', 'false', 'no', 'off'].includes((value ?? '').trim().toLowerCase());
}

function isOn(value: string | undefined): boolean {
  return ['1', 'true', 'yes', 'on'].includes((value ?? '').trim().toLowerCase());
}
