import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SandyqDb } from '@/client/db/db';
import { getDeviceIdentity } from '@/client/db/deviceIdentity';
import { DB_VERSIONS, LATEST_DB_VERSION } from '@/client/db/versions';
import { createRecord } from '@/client/db/writeRecord';
import { derivedId, UUID_PATTERN } from '@/domain/ids';
import { TABLE_NAMES } from '@/domain/tables';
import { SCHOOL_ID, TEACHER, pupilData, testEnv, uniqueDbName } from './testDb';

/**
 * Fingerprints of shipped versions (their stores, and whether they upgrade rows; not the
 * upgrade's source text, which the toolchain may reformat). If one fails, a shipped entry of
 * versions.ts was edited: undo the edit and append a new version instead. Add a line per
 * new version.
 */
const SHIPPED: Record<number, string> = {
  1: 'fcb60129-5e57-8a4f-9575-0fe2cb443a98',
  2: '6be831e6-31d1-8d9a-b372-18aad48477a1',
  3: '76803f2d-50a4-80db-a745-fe9684048d9b',
  4: '2a223497-82ba-85c1-b13a-0e53044d532b',
  5: '33f46218-73d0-80b2-aab6-c5e1aedcfab0',
  6: 'b4b56d6d-9d61-8aa9-b436-7f32e7bf221d',
  7: '5b71ae61-4b01-8dc7-ba59-e718d27cebb5',
  8: 'e7c43c19-e487-8e59-b980-691afe32060f',
};

function fingerprint(version: (typeof DB_VERSIONS)[number]): string {
  return derivedId(JSON.stringify(version.stores), version.upgrade ? 'upgrade' : '');
}

describe('database versions as data', () => {
  it('shipped versions are never edited', () => {
    for (const v of DB_VERSIONS) {
      expect({ version: v.version, fingerprint: fingerprint(v) }).toEqual({ version: v.version, fingerprint: SHIPPED[v.version] });
    }
  });

  it('versions strictly increase and the latest is LATEST_DB_VERSION', () => {
    const numbers = DB_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(LATEST_DB_VERSION).toBe(numbers.at(-1));
  });

  it('every synced table has a store (a new table needs a new version)', async () => {
    const db = new SandyqDb(uniqueDbName(), { env: testEnv() });
    await db.open();
    const names = db.tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining([...TABLE_NAMES, '$outbox', '$syncState', '$rejections']));
    for (const t of db.tables) if (!t.name.startsWith('$')) expect(t.schema.primKey.keyPath).toBe('id');
    db.close();
  });

  it('a fresh database gets its device identity when it is created', async () => {
    const db = new SandyqDb(uniqueDbName(), { env: testEnv() });
    const identity = await getDeviceIdentity(db);
    expect(identity.deviceId).toMatch(UUID_PATTERN);
    expect(identity.hlcNode).toMatch(/^[0-9a-f]{16}$/);
    expect(await getDeviceIdentity(db)).toEqual(identity);
    db.close();
  });
});

describe('upgrade from version 1', () => {
  const v1 = DB_VERSIONS[0]!;

  async function writeV1Fixture(name: string) {
    const old = new Dexie(name);
    old.version(v1.version).stores(v1.stores);
    const rows = {
      pupils: [
        {
          id: 'p1',
          schoolId: SCHOOL_ID,
          clocks: { name: 's1' },
          schemaVersion: 1,
          surname: 'Ахмет',
          name: 'Дана',
          grade: 5,
          classSetId: 'c5',
          status: 'active',
        },
        {
          id: 'p2',
          schoolId: SCHOOL_ID,
          clocks: {},
          schemaVersion: 1,
          surname: 'Бек',
          name: 'Ерлан',
          grade: 6,
          classSetId: 'c6',
          status: 'active',
          deleted: true,
        },
      ],
      attendanceMarks: [
        {
          id: 'a1',
          schoolId: SCHOOL_ID,
          clocks: {},
          schemaVersion: 1,
          sessionId: 's1',
          pupilId: 'p1',
          classSetId: 'c5',
          date: '2026-09-01',
          status: 'ill',
        },
        {
          id: 'a2',
          schoolId: SCHOOL_ID,
          clocks: {},
          schemaVersion: 1,
          sessionId: 's2',
          pupilId: 'p1',
          classSetId: 'c5',
          date: '2026-09-02',
          status: 'present',
        },
      ],
      resources: [{ id: 'r1', schoolId: SCHOOL_ID, clocks: {}, schemaVersion: 1, grades: [5, 6], topicIds: ['t1'], kind: 'video' }],
      attempts: [{ id: 'at1', schoolId: SCHOOL_ID, clocks: {}, schemaVersion: 1, pupilId: 'p1', assessmentId: 'x' }],
    };
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
    const outbox = [
      { table: 'pupils', id: 'p1', schoolId: SCHOOL_ID, kind: 'upsert', fields: { name: 'Дана' }, clocks: {}, userId: 'u1', createdAt: 1 },
      { table: 'attendanceMarks', id: 'a1', schoolId: SCHOOL_ID, kind: 'upsert', fields: { status: 'ill' }, clocks: {}, userId: 'u2', createdAt: 2 },
    ];
    await old.table('$outbox').bulkAdd(outbox);
    old.close();
    return { rows, outbox };
  }

  it('a v1 database with rows opens at the latest version with every row and outbox entry intact', async () => {
    const name = uniqueDbName('v1');
    const { rows, outbox } = await writeV1Fixture(name);

    const db = new SandyqDb(name, { env: testEnv() });
    await db.open();

    expect(db.verno).toBe(LATEST_DB_VERSION);
    for (const [table, list] of Object.entries(rows)) {
      expect(await db.table(table).toArray()).toEqual(list);
    }
    expect(await db.$outbox.toArray()).toEqual(outbox.map((e, i) => ({ ...e, seq: i + 1 })));
    db.close();
  });

  it('v2: the upgrade gives a v1 device its identity, and the new indexes find the old rows', async () => {
    const name = uniqueDbName('v1');
    await writeV1Fixture(name);
    const db = new SandyqDb(name, { env: testEnv() });

    const identity = await getDeviceIdentity(db);
    expect(identity.deviceId).toMatch(UUID_PATTERN);
    expect(identity.hlcNode).toMatch(/^[0-9a-f]{16}$/);

    const byPupilAndDate = await db.rows('attendanceMarks').where('[pupilId+date]').equals(['p1', '2026-09-02']).toArray();
    expect(byPupilAndDate.map((r) => r.id)).toEqual(['a2']);
    expect((await db.rows('pupils').where('classSetId').equals('c6').toArray()).map((r) => r.id)).toEqual(['p2']);
    expect((await db.rows('resources').where('grades').equals(6).toArray()).map((r) => r.id)).toEqual(['r1']);
    db.close();
  });

  it('after the upgrade, new writes continue the outbox sequence of version 1', async () => {
    const name = uniqueDbName('v1');
    await writeV1Fixture(name);
    const db = new SandyqDb(name, { env: testEnv() });
    await createRecord(db, TEACHER, 'pupils', pupilData());
    expect((await db.$outbox.toArray()).map((e) => e.seq)).toEqual([1, 2, 3]);
    db.close();
  });
});
