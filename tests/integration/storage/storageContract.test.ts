/**
 * One contract for both storage adapters: whatever the server relies on from its database
 * must hold on PGlite and on PostgreSQL alike.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../support/databases';
import type { Database } from '@/server/storage/database';
import { migrate, UnknownMigrationHistoryError } from '@/server/storage/migrate';
import { MIGRATIONS } from '@/server/storage/migrations/index';

describe.each(TEST_DATABASES)('storage contract on $name', (kind) => {
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('applies every migration once and records it', async () => {
    db = await kind.open();
    const rows = await db.query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await migrate(db)).toEqual([]);
  });

  it('refuses to run on a migration history it does not know', async () => {
    db = await kind.open();
    await db.query("INSERT INTO schema_migrations (id, name) VALUES (999, 'from_the_future')");
    await expect(migrate(db)).rejects.toBeInstanceOf(UnknownMigrationHistoryError);
  });

  it('a failed transaction leaves nothing behind', async () => {
    db = await kind.open();
    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO schools (id, name) VALUES ('s1', 'Ақсу')");
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.query('SELECT id FROM schools')).toEqual([]);
  });

  it('round-trips jsonb, text arrays and bigint as numbers', async () => {
    db = await kind.open();
    await db.query("INSERT INTO schools (id, name, head_seq) VALUES ('s1', 'Ақсу', 9007199254740)");
    await db.query(`INSERT INTO records (school_id, tbl, id, data, clocks, seq, audience) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      's1',
      'pupils',
      'p1',
      JSON.stringify({ name: 'Әлия', grades: [5, 6] }),
      JSON.stringify({ name: 'x' }),
      3,
      'self',
    ]);
    const [school] = await db.query<{ head_seq: number }>('SELECT head_seq FROM schools');
    expect(school!.head_seq).toBe(9007199254740);
    const [rec] = await db.query<{ data: unknown; seq: number }>('SELECT data, seq FROM records');
    expect(rec).toEqual({ data: { name: 'Әлия', grades: [5, 6] }, seq: 3 });
    await db.query(`INSERT INTO users (school_id, id, login, display_name, roles, password_hash) VALUES ('s1','u1','head','Head',$1,'h')`, [
      ['head', 'teacher'],
    ]);
    const [user] = await db.query<{ roles: string[] }>('SELECT roles FROM users');
    expect(user!.roles).toEqual(['head', 'teacher']);
  });
});
