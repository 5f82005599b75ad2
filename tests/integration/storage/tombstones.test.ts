/**
 * A deleted row keeps its content for the school's retention (default 180 days, set with
 * `npm run admin -- set-retention`), then only what sync needs: every laptop still learns
 * of the delete, a new laptop receives no content, rows not deleted are untouched.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand } from '@/server/cli/runAdminCommand';
import { runHousekeeping } from '@/server/runtime/housekeeping';
import { unpackClocks } from '@/server/sync/storedClocks';
import { TEST_DATABASES } from '../../support/databases';
import { openSecurityFixture, type SecurityFixture } from '../security/securityFixture';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(TEST_DATABASES)('deleted rows past their retention on $name', (kind) => {
  let f: SecurityFixture;
  beforeAll(async () => {
    f = await openSecurityFixture(kind);
  }, 60_000);
  afterAll(async () => {
    await f.close();
  });

  it('the default retention is 180 days, and a school sets its own', async () => {
    const db = f.server.database!;
    expect(await db.query('SELECT tombstone_retention_days AS days FROM schools WHERE id = $1', [f.schoolId])).toEqual([{ days: 180 }]);
    const out: string[] = [];
    expect(await runAdminCommand(['set-retention', '--school', f.schoolId, '--days', '0'], { db, out: (l) => out.push(l) })).toBe(2);
    expect(await runAdminCommand(['set-retention', '--school', 'no-such-school', '--days', '30'], { db, out: (l) => out.push(l) })).toBe(1);
    expect(await runAdminCommand(['set-retention', '--school', f.schoolId, '--days', '30'], { db, out: (l) => out.push(l) })).toBe(0);
    expect(await db.query('SELECT tombstone_retention_days AS days FROM schools WHERE id = $1', [f.schoolId])).toEqual([{ days: 30 }]);
  });

  it('past the retention a deleted row keeps only its tombstone; kept rows and recent deletes are untouched; new laptops get no content', async () => {
    const db = f.server.database!;
    const fields = (code: string) => ({ code, names: { kk: `${code} kk`, ru: `${code} ru`, en: `${code} en` } });
    const [gone, kept] = [randomUUID(), randomUUID()];
    const created = await f.sync('head', [
      f.mutation('head', { table: 'subjects', id: gone, schoolId: f.schoolId, fields: fields('old-subject') }),
      f.mutation('head', { table: 'subjects', id: kept, schoolId: f.schoolId, fields: fields('kept-subject') }),
    ]);
    expect(created.header!.rejected).toEqual([]);
    const deleted = await f.sync('head', [f.mutation('head', { table: 'subjects', id: gone, schoolId: f.schoolId, fields: { deleted: true } })]);
    expect(deleted.header!.rejected).toEqual([]);
    const start = f.time.now;
    const housekeeping = (at: number) => runHousekeeping({ db, now: () => at, log: () => undefined });

    await housekeeping(start + 29 * DAY_MS);
    expect((await f.pullAll('teacher')).find((r) => r.id === gone)?.fields).toMatchObject({ code: 'old-subject', deleted: true });

    await housekeeping(start + 31 * DAY_MS);
    const [row] = await db.query<{ data: Record<string, unknown>; clocks: Record<string, string> }>(
      'SELECT data, clocks FROM records WHERE id = $1',
      [gone],
    );
    expect(row!.data.deleted).toBe(true);
    expect(row!.data.code).toBeUndefined();
    expect(row!.data.names).toBeUndefined();
    expect(Object.keys(unpackClocks(row!.data, row!.clocks)).sort()).toEqual(Object.keys(row!.data).sort());
    const pulled = await f.pullAll('teacher');
    const tombstone = pulled.find((r) => r.id === gone)!;
    expect(tombstone.fields.deleted).toBe(true);
    expect(tombstone.fields.code).toBeUndefined();
    expect(pulled.find((r) => r.id === kept)?.fields).toMatchObject(fields('kept-subject'));
  });
});
