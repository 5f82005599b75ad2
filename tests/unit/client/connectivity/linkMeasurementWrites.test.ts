/**
 * A measurement is kept on the laptop as a `linkMeasurements` row with its outbox entry
 * (sent on the next sync), the school's connection and contract as the setup says at
 * measure time, and this laptop's device id; the budget and the screen's history read it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { createRecord, updateRecord } from '@/client/db/writeRecord';
import { getDeviceIdentity } from '@/client/db/deviceIdentity';
import { recordLinkMeasurement } from '@/client/connectivity/linkMeasurementWrites';
import { readLatestLinkMeasurement, readLinkHistory } from '@/client/connectivity/readLinkMeasurements';
import { readLinkBudget } from '@/client/connectivity/readLinkBudget';
import { valid } from '../../domain/entities/fixtures';
import { makeDb, SCHOOL_ID, TEACHER } from '../db/testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const FIGURES = { downMbps: 5.8, upMbps: 1.98, rttMs: 822, bytesUsed: 2_850_000 };

async function withSchool() {
  const db = makeDb();
  opened.push(db);
  await createRecord(db, TEACHER, 'schools', valid('schools') as never, { id: SCHOOL_ID });
  return db;
}

describe('recording a link measurement', () => {
  it('keeps the figures with the contract of the moment, the device, and an outbox entry', async () => {
    const db = await withSchool();
    const id = await recordLinkMeasurement(db, TEACHER, FIGURES, 'manual', 1_000);
    const row = await db.rows('linkMeasurements').get(id);
    const { deviceId } = await getDeviceIdentity(db);
    expect(row).toMatchObject({ ...FIGURES, measuredAt: 1_000, trigger: 'manual', connection: 'satellite', contractedMbps: 8, deviceId });
    expect((await db.$outbox.toArray()).filter((e) => e.table === 'linkMeasurements').map((e) => e.id)).toEqual([id]);

    // A new contract later does not rewrite what was measured under the old one.
    await updateRecord(db, TEACHER, 'schools', SCHOOL_ID, { contractedMbps: 50 });
    await recordLinkMeasurement(db, TEACHER, FIGURES, 'scheduled', 2_000);
    const history = await readLinkHistory(db, SCHOOL_ID);
    expect(history.measurements.map((m) => [m.measuredAt, m.contractedMbps])).toEqual([
      [1_000, 8],
      [2_000, 50],
    ]);
    expect(history.contractedMbps).toBe(50);
  });

  it('refuses impossible figures and stores nothing', async () => {
    const db = await withSchool();
    await expect(recordLinkMeasurement(db, TEACHER, { ...FIGURES, downMbps: -1 }, 'manual', 1_000)).rejects.toThrow();
    expect(await db.rows('linkMeasurements').count()).toBe(0);
  });

  it('sizes sync from the latest measurement', async () => {
    const db = await withSchool();
    expect((await readLinkBudget(db)).pushBatchSize).toBe(2_000);
    await recordLinkMeasurement(db, TEACHER, { ...FIGURES, upMbps: 0.2 }, 'scheduled', 5_000);
    await recordLinkMeasurement(db, TEACHER, { ...FIGURES, upMbps: 0.1 }, 'scheduled', 3_000);
    expect((await readLatestLinkMeasurement(db))?.measuredAt).toBe(5_000);
    expect((await readLinkBudget(db)).pushBatchSize).toBe(1_000);
  });
});
