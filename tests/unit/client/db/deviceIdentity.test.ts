import { describe, expect, it } from 'vitest';
import { SandyqDb } from '@/client/db/db';
import { getDeviceIdentity } from '@/client/db/deviceIdentity';
import { getDb } from '@/client/db/openSandyqDb';
import { testEnv, uniqueDbName } from './testDb';

describe('device identity', () => {
  it('is made once: every tab (connection) of the database sees the same identity', async () => {
    const name = uniqueDbName();
    const tabA = new SandyqDb(name, { env: testEnv(Date.UTC(2026, 8, 1), 1) });
    const tabB = new SandyqDb(name, { env: testEnv(Date.UTC(2026, 8, 2), 99) });
    const [a, b] = await Promise.all([getDeviceIdentity(tabA), getDeviceIdentity(tabB)]);
    expect(b).toEqual(a);
    tabA.close();
    tabB.close();
  });

  it('a deleted database makes a new device the next time it opens', async () => {
    const name = uniqueDbName();
    const first = new SandyqDb(name, { env: testEnv(Date.UTC(2026, 8, 1), 1) });
    const before = await getDeviceIdentity(first);
    await first.delete();
    const again = new SandyqDb(name, { env: testEnv(Date.UTC(2026, 8, 1), 2) });
    expect((await getDeviceIdentity(again)).deviceId).not.toBe(before.deviceId);
    again.close();
  });

  it('getDb gives the app one database per name (one per data scope)', () => {
    const db = getDb('sandyq-s-school-a');
    expect(getDb('sandyq-s-school-a')).toBe(db);
    expect(db.name).toBe('sandyq-s-school-a');
    expect(getDb('sandyq-p-pupil-1')).not.toBe(db);
  });
});
