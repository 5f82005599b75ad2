/**
 * Opens the configured database and brings its schema up to date: PostgreSQL when
 * DATABASE_URL is set, otherwise PGlite under DATA_DIR (default ./.data).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database';
import { openPgliteDatabase } from './pgliteDatabase';
import { openPostgresDatabase } from './postgresDatabase';
import { migrate } from './migrate';

export interface DatabaseConfig {
  databaseUrl?: string;
  /** Postgres schema to use (tests isolate runs this way). */
  schema?: string;
  /** PGlite data directory; `memory` for an in-memory database. */
  dataDir?: string;
  /** PGlite on disk: default true (commits are on disk when acknowledged); false only to measure the cost. */
  durable?: boolean;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  let db: Database;
  if (config.databaseUrl) {
    db = await openPostgresDatabase(config.databaseUrl, config.schema ? { schema: config.schema } : {});
  } else if (config.dataDir === 'memory') {
    db = await openPgliteDatabase();
  } else {
    const dir = join(config.dataDir ?? '.data', 'pglite');
    mkdirSync(dir, { recursive: true });
    db = await openPgliteDatabase(dir, config.durable === false ? { durable: false } : {});
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
