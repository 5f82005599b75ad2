/**
 * Database version 8 (issue 13) adds the school's link measurements, read in time order. A
 * device holding rows at version 7 opens at 8 with every row and outbox entry as it was,
 * and can keep and read measurements.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SandyqDb } from '@/client/db/db';
import { DB_VERSIONS, LATEST_DB_VERSION } from '@/client/db/versions';
import { recordLinkMeasurement } from '@/client/connectivity/linkMeasurementWrites';
import { readLatestLinkMeasurement } from '@/client/connectivity/readLinkMeasurements';
import { SCHOOL_ID, TEACHER, testEnv, uniqueDbName } from './testDb';

const opened: Dexie[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const base = (id: string) => ({ id, schoolId: SCHOOL_ID, clocks: { status: '2026-09-01T08:30:00.000Z-0000-00000000000000ee' }, schemaVersion: 1 });
const V7_MARK = { ...base('m1'), pupilId: 'p1', subjectId: 'sub1', classSetId: 'c5', kind: 'formative', score: 7, maxScore: 10, quarter: 1 };
const V7_OUTBOX = { table: 'marks', id: 'm1', schoolId: SCHOOL_ID, kind: 'upsert', fields: { score: 7 }, clocks: {}, userId: 'u1', createdAt: 1 };

async function writeV7Fixture(name: string): Promise<void> {
  const old = new Dexie(name);
  for (const v of DB_VERSIONS.filter((v) => v.version <= 7)) old.version(v.version).stores(v.stores);
  await old.open();
  expect(old.verno).toBe(7);
  await old.table('marks').add(V7_MARK);
  await old.table('$outbox').add(V7_OUTBOX);
  old.close();
}

describe('database version 8: link measurements', () => {
  it('a version 7 database opens at 8 with its rows, and keeps measurements in time order', async () => {
    const name = uniqueDbName('v7');
    await writeV7Fixture(name);
    const db = new SandyqDb(name, { env: testEnv() });
    opened.push(db);
    await db.open();

    expect(LATEST_DB_VERSION).toBeGreaterThanOrEqual(8);
    expect(db.verno).toBe(LATEST_DB_VERSION);
    expect(await db.table('marks').toArray()).toEqual([V7_MARK]);
    expect(await db.$outbox.toArray()).toEqual([{ ...V7_OUTBOX, seq: 1 }]);
    expect(
      db
        .table('linkMeasurements')
        .schema.indexes.map((i) => i.name)
        .sort(),
    ).toEqual(['measuredAt']);

    const figures = { downMbps: 5.8, upMbps: 2, rttMs: 800, bytesUsed: 3_000_000 };
    await recordLinkMeasurement(db, TEACHER, figures, 'scheduled', 2_000);
    await recordLinkMeasurement(db, TEACHER, figures, 'manual', 1_000);
    expect((await readLatestLinkMeasurement(db))?.measuredAt).toBe(2_000);
  });
});
