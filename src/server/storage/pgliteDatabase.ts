/**
 * PGlite adapter: the embedded default. One in-process Postgres; PGlite runs one query at a
 * time, so transactions are serialized by PGlite itself.
 *
 * On disk it is durable: a commit is acknowledged only once its WAL is fsync'ed
 * (DurableNodeFS, fsync on), and the data folder is flushed once on opening, so files an
 * earlier run or `initdb` left in the page cache are on disk before anything new depends
 * on them. `durable: false` is only for measuring what that costs (`npm run bench`).
 */
import { PGlite } from '@electric-sql/pglite';
import type { Database, SqlExecutor } from './database';
import { ArrayParam } from './arrayParam';
import { DurableNodeFS } from './DurableNodeFS';
import { fsyncTree } from './fsyncTree';

/** PGlite serializes each parameter by its type, an array from a JavaScript array. */
const driverParam = (p: unknown): unknown => (p instanceof ArrayParam ? p.elements() : p);

function executor(db: Pick<PGlite, 'query' | 'exec'>): SqlExecutor {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(sql, params.map(driverParam));
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

/** PGlite's own start parameters, with fsync back on (`-F` turns it off) and a WAL flush that reaches the disk. */
export function durableStartParams(): string[] {
  return [
    ...PGlite.defaultStartParams.filter((p) => p !== '-F'),
    '-c',
    'fsync=on',
    '-c',
    'wal_sync_method=fsync',
    '-c',
    'synchronous_commit=on',
    '-c',
    'full_page_writes=on',
  ];
}

export interface PgliteOptions {
  /** Default true. False: PGlite as shipped (no flush reaches the disk); benchmarks only. */
  durable?: boolean;
}

/** `dataDir` undefined: an in-memory database (tests). */
export async function openPgliteDatabase(dataDir?: string, options: PgliteOptions = {}): Promise<Database> {
  const durable = dataDir !== undefined && options.durable !== false;
  if (durable) fsyncTree(dataDir);
  const pg = !dataDir
    ? new PGlite()
    : durable
      ? new PGlite({ fs: new DurableNodeFS(dataDir), startParams: durableStartParams() })
      : new PGlite(dataDir);
  await pg.waitReady;
  if (durable) fsyncTree(dataDir);
  const base = executor(pg);
  return {
    kind: 'pglite',
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(executor(tx))),
    close: () => pg.close(),
  };
}
