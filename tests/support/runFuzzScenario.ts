/**
 * One seed of the randomized sync test: a fresh school, three devices, a fault proxy, a
 * random walk of writes, syncs, reloads and server restarts; then a clean sync by everyone
 * and the checks of rule V1 against the oracle (syncOracle.ts).
 */
import { expect } from 'vitest';
import type { Database } from '@/server/storage/database';
import { ServerClock } from '@/server/sync/serverClock';
import { unpackClocks } from '@/server/sync/storedClocks';
import { derivedId } from '@/domain/ids';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from '@/client/db/writeRecord';
import { SyncError } from '@/client/sync/syncErrors';
import { createFuzzSchool } from './fuzzSchool';
import { startFaultProxy } from './faultProxy';
import { seededRandom } from './seededRandom';
import { startTestServer, type TestServer } from './server';
import { openTestDevice, type TestDevice } from './testDevice';
import { expectedRows, mustBeConflicts, rowKey, type LoggedWrite } from './syncOracle';

export interface FuzzOptions {
  db: Database;
  clock: ServerClock;
  seed: number;
  ops: number;
  kind: string;
}

export interface FuzzOutcome {
  writes: number;
  rejected: number;
  conflicts: number;
  faults: number;
  restarts: number;
}

const STATUSES = ['present', 'absent', 'excused', 'ill', 'late'] as const;
const TOPICS = ['Бөлшектер', 'Дроби', 'Теңдеулер', 'Уравнения', 'Пропорция'];

interface StoredRecordRow {
  tbl: string;
  id: string;
  data: Record<string, unknown>;
  clocks: Record<string, string>;
}

export async function runFuzzScenario(o: FuzzOptions): Promise<FuzzOutcome> {
  const random = seededRandom(o.seed * 7919 + (o.kind === 'postgres' ? 1 : 0));
  const school = await createFuzzSchool(o.db, `${o.kind}-${o.seed}`, o.clock);
  let server: TestServer = await startTestServer({ database: o.db, app: { clock: new ServerClock() } });
  const proxy = await startFaultProxy({ seed: o.seed, target: server.url, faultRate: 0.35 });
  const initial = await readStoredRows(o.db, school.schoolId);
  const devices: TestDevice[] = [];
  let restarts = 0;
  try {
    for (const role of ['head', 'teacher', 'assistant'] as const) {
      devices.push(
        await openTestDevice({
          serverUrl: server.url,
          syncUrl: proxy.url,
          login: school.logins[role],
          password: school.password,
          batchSize: 1 + random.int(40),
        }),
      );
    }
    proxy.enabled = false;
    for (const d of devices) await d.sync();
    proxy.enabled = true;

    const logged = new Map<TestDevice, LoggedWrite[]>(devices.map((d) => [d, []]));
    const lastSeq = new Map<TestDevice, number>(devices.map((d) => [d, 0]));
    const createdSubjects: string[] = [];
    const record = async (d: TestDevice) => {
      const entry = await d.db.$outbox.orderBy(':id').last();
      if (entry?.seq !== undefined && entry.seq > lastSeq.get(d)!) {
        lastSeq.set(d, entry.seq);
        logged.get(d)!.push({
          table: entry.table,
          id: entry.id,
          fields: entry.fields,
          clocks: entry.clocks,
          ...(entry.bases ? { bases: entry.bases } : {}),
          seq: entry.seq,
        } as LoggedWrite);
      }
    };

    for (let i = 0; i < o.ops; i++) {
      const d = random.pick(devices);
      const roll = random.next();
      try {
        if (roll < 0.35) {
          const sessionId = random.pick(school.sessionIds);
          const pupilId = random.pick(school.pupilIds);
          await createRecord(
            d.db,
            d.author,
            'attendanceMarks',
            {
              sessionId,
              pupilId,
              classSetId: school.classSetIds[0]!,
              date: '2026-11-23',
              status: random.pick(STATUSES),
            },
            { id: derivedId(sessionId, pupilId) },
          );
        } else if (roll < 0.5) {
          await updateRecord(d.db, d.author, 'lessonSessions', random.pick(school.sessionIds), { topic: random.pick(TOPICS) });
        } else if (roll < 0.62) {
          await updateRecord(d.db, d.author, 'classSets', random.pick(school.classSetIds), {
            name: `${5 + random.int(2)}-${random.pick(['А', 'Ә', 'Б'])}`,
          });
        } else if (roll < 0.7) {
          const id = await createRecord(d.db, d.author, 'subjects', {
            code: `s${random.int(1000)}`,
            names: { kk: 'Пән', ru: 'Предмет', en: 'Subject' },
            grades: [5],
          });
          createdSubjects.push(id);
        } else if (roll < 0.75 && createdSubjects.length) {
          const id = random.pick(createdSubjects);
          const row = await d.db.records('subjects').get(id);
          if (row?.deleted) await restoreRecord(d.db, d.author, 'subjects', id);
          else if (row) await deleteRecord(d.db, d.author, 'subjects', id);
        } else if (roll < 0.93) {
          await d.sync().catch((e: unknown) => {
            if (!(e instanceof SyncError)) throw e;
          });
        } else if (roll < 0.97) {
          await d.reload();
        } else if (roll < 0.985) {
          await proxy.replayLate();
        } else {
          const next = await startTestServer({ database: o.db, app: { clock: new ServerClock() } });
          await server.close();
          server = next;
          proxy.setTarget(server.url);
          restarts++;
        }
      } catch (error) {
        // A write refused on the device (a row it has not pulled yet, say) changes nothing.
        if (!(error instanceof Error && error.name === 'RecordWriteError')) throw error;
      }
      await record(d);
    }

    // The faults stop; everyone syncs until nothing is pending and all hold the head.
    proxy.enabled = false;
    await proxy.replayLate();
    for (let round = 0; round < 2; round++) for (const d of devices) await d.sync();

    // ---- Checks (V1) ----
    const rejectedSeqs = new Map<TestDevice, Set<number>>();
    let rejected = 0;
    for (const d of devices) {
      expect(await d.db.$outbox.count(), `seed ${o.seed}: ${d.name} outbox drained`).toBe(0);
      const seqs = new Set((await d.db.$rejections.toArray()).map((r) => r.seq));
      rejectedSeqs.set(d, seqs);
      rejected += seqs.size;
    }
    const accepted: LoggedWrite[] = initial.map((r) => ({ table: r.tbl, id: r.id, fields: r.data, clocks: r.clocks }));
    for (const d of devices) {
      for (const w of logged.get(d)!) if (!rejectedSeqs.get(d)!.has((w as LoggedWrite & { seq: number }).seq)) accepted.push(w);
    }
    const expected = expectedRows(accepted);
    const serverRows = await readStoredRows(o.db, school.schoolId);
    const dataRows = serverRows.filter((r) => r.tbl !== 'conflicts');
    expect(dataRows.length, `seed ${o.seed}: no row appeared that nobody wrote`).toBe(expected.size);
    for (const r of dataRows) {
      const want = expected.get(rowKey(r.tbl, r.id));
      expect(want, `seed ${o.seed}: ${r.tbl}/${r.id} was written`).toBeDefined();
      expect(Object.keys(r.clocks).sort()).toEqual([...want!.keys()].sort());
      for (const [field, f] of want!) {
        expect(r.clocks[field], `seed ${o.seed}: ${r.tbl}.${field} stamp`).toBe(f.stamp);
        expect(r.data[field] ?? null, `seed ${o.seed}: ${r.tbl}.${field} value`).toEqual(f.value ?? null);
      }
    }

    const conflictRows = serverRows.filter((r) => r.tbl === 'conflicts');
    const conflictKeys = new Set(conflictRows.map((c) => `${c.data.table}/${c.data.rowId}/${c.data.field}/${c.data.losingStamp}`));
    for (const lost of mustBeConflicts(accepted, expected)) {
      if (process.env.SYNC_FUZZ_DEBUG && !conflictKeys.has(`${lost.table}/${lost.id}/${lost.field}/${lost.stamp}`)) {
        console.log('LOST', lost, 'final', expected.get(rowKey(lost.table, lost.id))!.get(lost.field));
        for (const d of devices)
          for (const w of logged.get(d)!)
            if (w.id === lost.id && lost.field in w.clocks)
              console.log(d.name.slice(0, 20), w.clocks[lost.field], w.bases?.[lost.field], w.fields[lost.field]);
        console.log(conflictRows.filter((c) => c.data.rowId === lost.id));
      }
      expect(
        conflictKeys.has(`${lost.table}/${lost.id}/${lost.field}/${lost.stamp}`),
        `seed ${o.seed}: lost ${lost.table}.${lost.field} kept as a conflict`,
      ).toBe(true);
    }
    const acceptedValues = new Map<string, unknown>();
    for (const w of accepted) for (const [f, s] of Object.entries(w.clocks)) acceptedValues.set(`${w.table}/${w.id}/${f}/${s}`, w.fields[f]);
    for (const c of conflictRows) {
      const key = `${c.data.table}/${c.data.rowId}/${c.data.field}/${c.data.losingStamp}`;
      expect(acceptedValues.has(key), `seed ${o.seed}: conflict ${key} is a value somebody wrote`).toBe(true);
      expect(c.data.losingValue ?? null).toEqual(acceptedValues.get(key) ?? null);
      expect(expected.get(rowKey(String(c.data.table), String(c.data.rowId)))!.get(String(c.data.field))!.stamp).not.toBe(c.data.losingStamp);
    }

    for (const d of devices) {
      let held = 0;
      for (const r of serverRows) {
        const local = await d.db.records(r.tbl as never).get(r.id);
        if (!local && process.env.SYNC_FUZZ_DEBUG) {
          console.log('MISSING on', d.name.slice(0, 25), r);
          for (const dd of devices) {
            console.log(
              dd.name.slice(0, 25),
              'writes',
              logged.get(dd)!.filter((w) => w.id === r.id),
            );
            console.log(
              dd.name.slice(0, 25),
              'rejections',
              (await dd.db.$rejections.toArray()).filter((x) => x.rowId === r.id),
            );
          }
        }
        expect(local, `seed ${o.seed}: ${d.name} holds ${r.tbl}/${r.id}`).toBeDefined();
        held++;
        expect(local!.clocks, `seed ${o.seed}: ${d.name} ${r.tbl}/${r.id} clocks`).toEqual(r.clocks);
        for (const [field, value] of Object.entries(r.data)) expect(local![field] ?? null).toEqual(value ?? null);
      }
      expect(held).toBe(serverRows.length);
    }

    const streams = await o.db.query<{ device_id: string; last_seq: number }>('SELECT device_id, last_seq FROM device_streams WHERE school_id = $1', [
      school.schoolId,
    ]);
    for (const d of devices) {
      const writes = logged.get(d)!;
      if (writes.length === 0) continue;
      const { deviceId } = await import('@/client/db/deviceIdentity').then((m) => m.getDeviceIdentity(d.db));
      const stream = streams.find((s) => s.device_id === deviceId);
      expect(Number(stream?.last_seq), `seed ${o.seed}: ${d.name} every mutation decided once`).toBe(lastSeq.get(d));
    }

    const counts = proxy.counts();
    return {
      writes: [...logged.values()].reduce((n, w) => n + w.length, 0),
      rejected,
      conflicts: conflictRows.length,
      faults: counts.dropRequest + counts.cutRequestBody + counts.dropResponse + counts.cutResponse + counts.duplicate + counts.lateReplay,
      restarts,
    };
  } finally {
    for (const d of devices) await d.close();
    await proxy.close();
    await server.close();
  }
}

/** The school's rows as the server reads them: stamps spelled out per field (storedClocks.ts). */
async function readStoredRows(db: Database, schoolId: string): Promise<StoredRecordRow[]> {
  const rows = await db.query<StoredRecordRow>('SELECT tbl, id, data, clocks FROM records WHERE school_id = $1', [schoolId]);
  return rows.map((r) => ({ ...r, clocks: unpackClocks(r.data, r.clocks) }));
}
