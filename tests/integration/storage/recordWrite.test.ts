/**
 * The statement that stores a batch's rows (batchWrite.ts), through the real write and the
 * real reads on both databases: every column reads back as it was written, whoever wrote
 * the row; the `clocks` column keeps a row's shared stamp once (storedClocks.ts) and reads
 * back with every field's stamp, a row stored spelled out before reads as it did, and a
 * tombstone pruned past its retention keeps the stamps of the fields it keeps.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSchool } from '@/server/accounts/schoolStore';
import type { Database } from '@/server/storage/database';
import { pruneTombstones } from '@/server/storage/pruneTombstones';
import { writeBatch } from '@/server/sync/batchWrite';
import { loadRecords, recordKey, type StoredRecord } from '@/server/sync/recordStore';
import { ROW_STAMP } from '@/server/sync/storedClocks';
import { TEST_DATABASES } from '../../support/databases';

const stamp = (day: string, counter: string) => `${day}T08:00:00.000Z-${counter}-4fa6aff4f3d84afc`;
const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(TEST_DATABASES)('the records write statement on $name', (kind) => {
  let db: Database;
  const schoolId = `clocks-${randomUUID().slice(0, 8)}`;
  beforeAll(async () => {
    db = await kind.open();
    await insertSchool(db, { id: schoolId, name: 'Clocks school', district: null });
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  const mark = (id: string, seq: number, clocks: Record<string, string>, data: Record<string, unknown>): StoredRecord => ({
    tbl: 'attendanceMarks',
    id,
    data,
    clocks,
    seq,
    writer_device: 'device-1',
    run_prev_seq: 0,
    audience: 'pupil',
    pupil_id: 'pupil-1',
    class_set_id: 'class-1',
  });
  /** `fresh` rows go as the batch's rows found absent (inserted without a conflict check). */
  const write = (records: StoredRecord[], headSeq: number, fresh: StoredRecord[] = []) =>
    db.transaction((tx) =>
      writeBatch(tx, schoolId, {
        newRecords: fresh,
        records,
        headSeq,
        clockStamp: stamp('2026-01-01', '0001'),
        deviceId: 'device-1',
        streams: [],
        rejections: [],
      }),
    );
  const read = async (id: string) =>
    (await db.transaction((tx) => loadRecords(tx, schoolId, [{ table: 'attendanceMarks', id }]))).get(recordKey('attendanceMarks', id));
  const stored = async (id: string) =>
    (await db.query<{ clocks: Record<string, string> }>('SELECT clocks FROM records WHERE school_id = $1 AND id = $2', [schoolId, id]))[0]!.clocks;

  const fields = { sessionId: 's-1', pupilId: 'pupil-1', classSetId: 'class-1', date: '2026-01-05', status: 'late', minutesLate: 5 };

  it('every column reads back as written, new rows and the rest: by the request device, by another, by none', async () => {
    const clocks = Object.fromEntries(Object.keys(fields).map((f) => [f, stamp('2026-01-04', '0001')]));
    const rows: StoredRecord[] = [
      mark(randomUUID(), 11, clocks, fields),
      { ...mark(randomUUID(), 12, clocks, fields), writer_device: 'system-device', run_prev_seq: 7 },
      { ...mark(randomUUID(), 13, clocks, fields), tbl: 'conflicts', writer_device: null, audience: 'staff', pupil_id: null, class_set_id: null },
    ];
    await write(rows.slice(2), 13, rows.slice(0, 2));
    const keys = rows.map((r) => ({ table: r.tbl, id: r.id }));
    const back = await db.transaction((tx) => loadRecords(tx, schoolId, keys));
    for (const r of rows) expect({ ...back.get(recordKey(r.tbl, r.id))!, seq: Number(back.get(recordKey(r.tbl, r.id))!.seq) }).toEqual(r);
  });

  it('text in any script, emoji, escapes and quotes read back byte for byte, in new rows and the rest', async () => {
    // The rows reach PostgreSQL as binary arrays of columns and PGlite as JavaScript arrays (arrayParam.ts).
    const texts = ['Сабақ: «Қазақстан»', 'Ұлттық бірыңғай тест 📚 ✓', 'a "quoted" \\ back\\slash\nnew line\ttab', '\u0001 control', 'é ŋ 中文 𝄞'];
    const rows = texts.map((note, i) =>
      mark(randomUUID(), 20 + i, Object.fromEntries(Object.keys(fields).map((f) => [f, stamp('2026-01-06', '0001')])), { ...fields, note }),
    );
    await write(rows.slice(3), 24, rows.slice(0, 3));
    const back = await db.transaction((tx) =>
      loadRecords(
        tx,
        schoolId,
        rows.map((r) => ({ table: r.tbl, id: r.id })),
      ),
    );
    expect(rows.map((r) => back.get(recordKey(r.tbl, r.id))?.data.note)).toEqual(texts);
  });

  it('a row whose fields share a stamp stores it once and reads back every field with it', async () => {
    const id = randomUUID();
    const clocks = Object.fromEntries(Object.keys(fields).map((f) => [f, stamp('2026-01-05', '0003')]));
    await write([mark(id, 1, clocks, fields)], 1);
    expect(await stored(id)).toEqual({ [ROW_STAMP]: stamp('2026-01-05', '0003') });
    expect((await read(id))!.clocks).toEqual(clocks);
  });

  it('a merged row names the fields whose stamp differs; a row stored spelled out reads as it is', async () => {
    const merged = randomUUID();
    const clocks = { ...Object.fromEntries(Object.keys(fields).map((f) => [f, stamp('2026-01-05', '0003')])), status: stamp('2026-01-06', '0001') };
    await write([mark(merged, 2, clocks, fields)], 2);
    expect(await stored(merged)).toEqual({ [ROW_STAMP]: stamp('2026-01-05', '0003'), status: stamp('2026-01-06', '0001') });
    expect((await read(merged))!.clocks).toEqual(clocks);

    const old = randomUUID();
    await db.query(
      `INSERT INTO records (school_id, tbl, id, data, clocks, seq, writer_device, run_prev_seq, audience, pupil_id, class_set_id)
       VALUES ($1, 'attendanceMarks', $2, $3::jsonb, $4::jsonb, 3, 'device-1', 0, 'pupil', 'pupil-1', 'class-1')`,
      [schoolId, old, JSON.stringify(fields), JSON.stringify(clocks)],
    );
    expect((await read(old))!.clocks).toEqual(clocks);
  });

  it('a pruned tombstone keeps the stamps of the fields it keeps, shared or named', async () => {
    const id = randomUUID();
    const created = stamp('2026-01-05', '0003');
    const deleted = stamp('2026-01-07', '0001');
    const clocks = { ...Object.fromEntries(Object.keys(fields).map((f) => [f, created])), deleted };
    await write([mark(id, 4, clocks, { ...fields, deleted: true })], 4);
    expect(await pruneTombstones(db, Date.parse('2026-01-07T08:00:00.000Z') + 200 * DAY_MS)).toBeGreaterThan(0);
    const tombstone = (await read(id))!;
    expect(tombstone.data).toEqual({ deleted: true, pupilId: 'pupil-1', classSetId: 'class-1' });
    expect(tombstone.clocks).toEqual({ deleted, pupilId: created, classSetId: created });
  });
});
