/**
 * C1/C2: devices whose wall clocks are weeks behind or an hour ahead still sync to one
 * state, and the pass reports the skew so the user can be told.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { openTestDevice, snapshot } from '../../support/testDevice';
import { createRecord, updateRecord } from '@/client/db/writeRecord';
import { PROTOCOL_V2, SYNC_V2_PATH } from '@/sync/protocolV2';
import { postSyncRequest } from '@/client/sync/postSyncRequest';
import { SyncError } from '@/client/sync/syncErrors';

const DAY = 86_400_000;

describe.each(TEST_DATABASES)('clocks on $name', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database: kind, demo: true });
  });
  afterAll(async () => server.close());
  const account = (login: string) => server.demo!.accounts.find((a) => a.login === login)!;

  it('C2: a device 40 days behind and one an hour ahead converge, and both are told', async () => {
    const behind = await openTestDevice({ serverUrl: server.url, ...account('teacher4'), env: { now: () => Date.now() - 40 * DAY } });
    const ahead = await openTestDevice({ serverUrl: server.url, ...account('teacher1'), env: { now: () => Date.now() + 3_600_000 } });
    expect((await behind.sync()).clockSkewMs).toBeLessThan(-39 * DAY);
    expect((await ahead.sync()).clockSkewMs).toBeGreaterThan(55 * 60_000);

    // Both edit the same field of one resource offline; the device an hour ahead wins by
    // stamp, and the other value is kept as a conflict (nothing lost).
    const resourceId = await createRecord(ahead.db, ahead.author, 'resources', {
      kind: 'link',
      title: 'Бөлшектер',
      url: 'https://bilimland.kz/kk/courses/math',
      platform: 'bilimland',
      grades: [5],
      language: 'kk',
      topicIds: [],
      cacheable: false,
    });
    await ahead.sync();
    await behind.sync();
    await updateRecord(behind.db, behind.author, 'resources', resourceId, { title: 'Артта қалған' });
    await updateRecord(ahead.db, ahead.author, 'resources', resourceId, { title: 'Алда' });
    await behind.sync();
    await ahead.sync();
    await behind.sync();
    expect((await behind.db.records('resources').get(resourceId))!.title).toBe('Алда');
    const conflicts = await behind.db.records('conflicts').toArray();
    expect(conflicts.map((c) => c.losingValue)).toContain('Артта қалған');
    const tables = ['resources', 'conflicts'];
    expect(await snapshot(behind.db, tables)).toEqual(await snapshot(ahead.db, tables));
    await behind.close();
    await ahead.close();
  });

  it('C1: after syncing, a device far behind stamps its next change after everything it has seen', async () => {
    const behind = await openTestDevice({ serverUrl: server.url, ...account('head'), env: { now: () => Date.now() - 40 * DAY } });
    await behind.sync();
    const classSet = (await behind.db.records('classSets').toArray())[0]!;
    const newest = Object.values(classSet.clocks).sort().at(-1)!;
    await updateRecord(behind.db, behind.author, 'classSets', classSet.id, { name: 'Жаңа атау' });
    const after = await behind.db.records('classSets').get(classSet.id);
    expect(after!.clocks.name! > newest).toBe(true);
    await behind.sync();
    const teacher = await openTestDevice({ serverUrl: server.url, ...account('teacher2') });
    await teacher.sync();
    expect((await teacher.db.records('classSets').get(classSet.id))!.name).toBe('Жаңа атау');
    await behind.close();
    await teacher.close();
  });

  it('C4: a laptop three days ahead loses nothing: its refused change is re-stamped from the server clock and stored in the same sync', async () => {
    const ahead = await openTestDevice({ serverUrl: server.url, ...account('teacher5'), env: { now: () => Date.now() + 3 * DAY } });
    const resourceId = await createRecord(ahead.db, ahead.author, 'resources', {
      kind: 'link',
      title: 'Үш күн алда',
      url: 'https://bilimland.kz/kk/courses/physics',
      platform: 'bilimland',
      grades: [7],
      language: 'kk',
      topicIds: [],
      cacheable: false,
    });
    const first = await ahead.sync();
    expect(first.rejected.map((r) => r.reason)).toContain('stampAhead');
    expect(await ahead.db.$outbox.count()).toBe(0);
    expect(await ahead.db.$rejections.count()).toBe(0);
    const local = (await ahead.db.records('resources').get(resourceId))!;
    expect(local.title).toBe('Үш күн алда');
    expect(Date.parse(local.clocks.title!.slice(0, 24))).toBeLessThan(Date.now() + DAY);

    const teacher = await openTestDevice({ serverUrl: server.url, ...account('teacher6') });
    await teacher.sync();
    expect((await teacher.db.records('resources').get(resourceId))?.title).toBe('Үш күн алда');
    // Later writes follow the server's time, so they are stored at once.
    await updateRecord(ahead.db, ahead.author, 'resources', resourceId, { title: 'Түзетілген' });
    expect((await ahead.sync()).rejected).toEqual([]);
    await teacher.sync();
    expect((await teacher.db.records('resources').get(resourceId))?.title).toBe('Түзетілген');
    await ahead.close();
    await teacher.close();
  });

  it('a device speaking another protocol version is refused with protocol_mismatch', async () => {
    const device = await openTestDevice({ serverUrl: server.url, ...account('teacher3') });
    const lines = postSyncRequest(
      { baseUrl: server.url },
      SYNC_V2_PATH,
      { protocol: PROTOCOL_V2 + 1, deviceId: '01a20ab3-0000-7000-8000-000000000000', batches: [], cursor: null, clientTime: Date.now() },
      device.login.token,
      new AbortController().signal,
    );
    await expect(
      (async () => {
        for await (const _ of lines) void _;
      })(),
    ).rejects.toMatchObject({ reason: 'protocolMismatch' } satisfies Partial<SyncError>);
    await device.close();
  });
});
