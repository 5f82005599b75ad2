/**
 * PostgreSQL adapter (DATABASE_URL). A small pool; each transaction holds one connection.
 * `schema` isolates a test run (or a tenant) in its own search_path.
 */
import pg from 'pg';
import type { Database, SqlExecutor } from './database';
import { ArrayParam } from './arrayParam';

// int8 (bigint) columns hold sequence numbers far below 2^53: read them as numbers, as
// PGlite does, so both adapters return the same shapes.
pg.types.setTypeParser(20, (value: string) => Number(value));

/** The driver sends a Buffer in binary format: an array's is PostgreSQL's binary array format. */
const driverParam = (p: unknown): unknown => (p instanceof ArrayParam ? p.binary() : p);

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, params.map(driverParam));
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

export async function openPostgresDatabase(url: string, options: { schema?: string; max?: number } = {}): Promise<Database> {
  if (options.schema) {
    if (!/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error('Invalid schema name');
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    } catch (error) {
      // Two processes starting at once both create it; IF NOT EXISTS does not stop the race.
      const exists = await setup.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [options.schema]);
      if (exists.rowCount === 0) throw error;
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const base = executor(pool);
  return {
    kind: 'postgres',
    ...base,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
