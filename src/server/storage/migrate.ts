/**
 * Applies the numbered migrations that a database lacks, each in its own transaction, and
 * refuses to run on a history it does not know (a newer server's migration, or a renamed
 * one): a server must never write into a schema it does not understand.
 */
import type { Database } from './database';
import { MIGRATIONS, type Migration } from './migrations/index';

export class UnknownMigrationHistoryError extends Error {
  override readonly name = 'UnknownMigrationHistoryError';
}

/** Held while migrating: two server processes starting at once on one PostgreSQL migrate one after the other. */
const MIGRATION_LOCK = 7_314_512_001;

export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  });
  const applied = await db.query<{ id: number; name: string }>('SELECT id, name FROM schema_migrations ORDER BY id');
  for (const row of applied) {
    const known = migrations.find((m) => m.id === row.id);
    if (!known || known.name !== row.name) {
      throw new UnknownMigrationHistoryError(`Database has migration ${row.id} "${row.name}" that this server does not know; refusing to start.`);
    }
  }
  const done = new Set(applied.map((r) => r.id));
  const ran: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.id - b.id)) {
    if (done.has(m.id)) continue;
    const didRun = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      // Another process may have applied it while this one waited for the lock.
      const [already] = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [m.id]);
      if (already) return false;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
      return true;
    });
    if (didRun) ran.push(m.id);
  }
  return ran;
}
