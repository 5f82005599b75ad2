/**
 * PGlite adapter: the embedded default. One in-process Postgres; PGlite runs one query at a
 * time, so transactions are serialized by PGlite itself.
 */
import { PGlite } from '@electric-sql/pglite';
import type { Database, SqlExecutor } from './database';

function executor(db: Pick<PGlite, 'query' | 'exec'>): SqlExecutor {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

/** `dataDir` undefined: an in-memory database (tests). */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  const pg = dataDir ? new PGlite(dataDir) : new PGlite();
  await pg.waitReady;
  const base = executor(pg);
  return {
    kind: 'pglite',
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(executor(tx))),
    close: () => pg.close(),
  };
}
