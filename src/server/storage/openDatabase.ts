/**
 * Opens the configured database and brings its schema up to date: PostgreSQL when
 * DATABASE_URL is set, otherwise PGlite under DATA_DIR (default ./.data).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database';
import { DataFolderLock } from './DataFolderLock';
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
  /** Who opens a PGlite data folder (`npm start`, `npm run admin`): named to anyone refused while it runs. */
  holder?: string;
}

/** A PGlite data folder comes with its lock: the server adds its address once it listens. */
export type OpenedDatabase = Database & { readonly dataFolderLock?: DataFolderLock };

export async function openDatabase(config: DatabaseConfig): Promise<OpenedDatabase> {
  let db: OpenedDatabase;
  if (config.databaseUrl) {
    db = await openPostgresDatabase(config.databaseUrl, config.schema ? { schema: config.schema } : {});
  } else if (config.dataDir === 'memory') {
    db = await openPgliteDatabase();
  } else {
    const folder = config.dataDir ?? '.data';
    // The whole DATA_DIR, not only pglite/: the files under blobs/ assume one owner too.
    const lock = DataFolderLock.acquire(folder, config.holder ?? `process ${process.argv.slice(1, 2).join(' ')}`);
    try {
      const dir = join(folder, 'pglite');
      mkdirSync(dir, { recursive: true });
      const pglite = await openPgliteDatabase(dir, config.durable === false ? { durable: false } : {});
      db = {
        ...pglite,
        dataFolderLock: lock,
        close: async () => {
          try {
            await pglite.close();
          } finally {
            lock.release();
          }
        },
      };
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
