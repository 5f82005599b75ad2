/**
 * Housekeeping forgets old sign-in state: sessions expired (or revoked) more than 30 days
 * ago, and devices unseen for 400 days with no live session; it keeps what is still
 * needed (a recently expired session still answers "expired", a device with a live
 * session stays, sync streams stay for idempotency).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Database } from '@/server/storage/database';
import { runHousekeeping } from '@/server/runtime/housekeeping';
import { TEST_DATABASES } from '../../support/databases';
import { fixturePerTest } from '../../support/fixturePerTest';
import { DAY_MS, emptySyncBody, openAccountsFixture, PASSWORDS, type AccountsFixture } from './accountsFixture';

describe.each(TEST_DATABASES)('housekeeping of sessions and devices on $name', (kind) => {
  let db: Database;
  let f: AccountsFixture;
  const logs: string[] = [];
  const housekeeping = () => runHousekeeping({ db, now: () => f.time.now, log: (l) => logs.push(l) });
  const syncWith = (token: string, deviceId: string) =>
    f.app.inject({ method: 'POST', url: '/api/v1/sync', headers: { authorization: `Bearer ${token}` }, payload: { ...emptySyncBody(), deviceId } });

  fixturePerTest(kind, openAccountsFixture, (database, fixture) => {
    db = database;
    f = fixture;
  });

  it('sessions expired more than 30 days ago are forgotten; a recently expired one still answers token_expired', async () => {
    const laptop = randomUUID();
    const token = (await f.login('teacher1', PASSWORDS.teacher, { deviceId: laptop })).json().token as string;
    f.time.now += 61 * DAY_MS;
    await housekeeping();
    expect((await syncWith(token, randomUUID())).json().error.code).toBe('token_expired');
    f.time.now += 30 * DAY_MS;
    await housekeeping();
    expect(await db.query('SELECT token_hash FROM sessions')).toEqual([]);
    expect((await syncWith(token, randomUUID())).json().error.code).toBe('unauthorized');
    expect(logs.join('\n')).toContain('1 old sessions');
  });

  it('devices unseen for 400 days without a live session are forgotten; one with a live session, and every sync stream, stays', async () => {
    const idleLaptop = randomUUID();
    const usedLaptop = randomUUID();
    const idleToken = (await f.login('teacher1', PASSWORDS.teacher, { deviceId: idleLaptop })).json().token as string;
    await f.login('pupil01', PASSWORDS.pupil, { deviceId: usedLaptop });
    const syncDevice = randomUUID();
    expect((await syncWith(idleToken, syncDevice)).statusCode).toBe(200);
    // The pupil's session is kept alive by use (its expiry slides); its laptop is not seen otherwise.
    await db.query('UPDATE sessions SET expires_at = $2 WHERE device_id = $1', [usedLaptop, new Date(f.time.now + 600 * DAY_MS)]);
    f.time.now += 399 * DAY_MS;
    await housekeeping();
    expect((await db.query<{ id: string }>('SELECT id FROM devices ORDER BY id')).map((d) => d.id).sort()).toEqual(
      [idleLaptop, usedLaptop, syncDevice].sort(),
    );
    // Past 400 days by any clock: a sync stamps `last_seen_at` with the database's own time.
    f.time.now += 60 * DAY_MS;
    await housekeeping();
    expect((await db.query<{ id: string }>('SELECT id FROM devices')).map((d) => d.id)).toEqual([usedLaptop]);
    expect((await db.query<{ device_id: string }>('SELECT device_id FROM device_streams')).map((s) => s.device_id)).toEqual([syncDevice]);
  });
});
