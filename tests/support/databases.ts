/**
 * The databases integration suites run against: PGlite in memory always, and PostgreSQL
 * when TEST_DATABASE_URL is set (`.ci/run` sets it). Each opened database gets its own
 * Postgres schema, dropped on close, so runs never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '@/server/storage/database';
import { openDatabase } from '@/server/storage/openDatabase';

export interface TestDatabaseKind {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

const url = process.env.TEST_DATABASE_URL;
if (!url && process.env.CI === 'true') {
  throw new Error('TEST_DATABASE_URL must be set under CI: the suites must run on PostgreSQL too.');
}
if (!url) console.warn('[integration] TEST_DATABASE_URL not set: PostgreSQL runs are skipped, PGlite only.');

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}

export const TEST_DATABASES: TestDatabaseKind[] = [
  { name: 'pglite', open: () => openDatabase({ dataDir: 'memory' }) },
  ...(url
    ? [
        {
          name: 'postgres' as const,
          async open() {
            const schema = `t_${randomBytes(6).toString('hex')}`;
            const db = await openDatabase({ databaseUrl: url, schema });
            return {
              ...db,
              close: async () => {
                await db.close();
                await dropSchema(schema);
              },
            };
          },
        },
      ]
    : []),
];
