/**
 * Database version 7 (issue 12) drops the indexes no read uses from the tables a term fills
 * (answers, attendance marks, marks, lesson sessions). A device holding rows at version 6
 * opens at 7 with every row and outbox entry as it was, and the reads the screens make by
 * the indexes that stay find those rows.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SandyqDb } from '@/client/db/db';
import { DB_VERSIONS, LATEST_DB_VERSION } from '@/client/db/versions';
import { liveRows } from '@/client/db/queries/liveRows';
import { readMarksOfSessions } from '@/client/db/queries/readMarksOfSessions';
import { SCHOOL_ID, testEnv, uniqueDbName } from './testDb';

const opened: Dexie[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const base = (id: string) => ({ id, schoolId: SCHOOL_ID, clocks: { status: '2026-09-01T08:30:00.000Z-0000-00000000000000ee' }, schemaVersion: 1 });

const V6_ROWS = {
  answers: [
    {
      ...base('an1'),
      attemptId: 'at1',
      pupilId: 'p1',
      itemId: 'i1',
      assessmentId: 'as1',
      points: 1,
      maxPoints: 1,
      answeredAt: 1,
      timeSpentMs: 5_000,
    },
    {
      ...base('an2'),
      attemptId: 'at2',
      pupilId: 'p2',
      itemId: 'i1',
      assessmentId: 'as1',
      points: 0,
      maxPoints: 1,
      answeredAt: 2,
      timeSpentMs: 7_000,
    },
  ],
  attendanceMarks: [
    { ...base('a1'), sessionId: 's1', pupilId: 'p1', classSetId: 'c5', date: '2026-09-01', status: 'ill' },
    { ...base('a2'), sessionId: 's2', pupilId: 'p1', classSetId: 'c5', date: '2026-09-02', status: 'present' },
  ],
  marks: [
    {
      ...base('m1'),
      pupilId: 'p1',
      subjectId: 'sub1',
      classSetId: 'c5',
      lessonSessionId: 's1',
      kind: 'formative',
      score: 7,
      maxScore: 10,
      quarter: 1,
    },
    {
      ...base('m2'),
      pupilId: 'p2',
      subjectId: 'sub1',
      classSetId: 'c6',
      attemptId: 'at2',
      kind: 'summativeSection',
      score: 3,
      maxScore: 5,
      quarter: 1,
    },
  ],
  lessonSessions: [
    { ...base('s1'), classSetId: 'c5', date: '2026-09-01', slotId: 'sl1', teacherId: 't1', status: 'held' },
    { ...base('s2'), groupId: 'g1', date: '2026-09-02', slotId: 'sl2', teacherId: 't1', assistantId: 't2', status: 'held' },
  ],
};
const V6_OUTBOX = [
  { table: 'marks', id: 'm1', schoolId: SCHOOL_ID, kind: 'upsert', fields: { score: 7 }, clocks: {}, userId: 'u1', createdAt: 1 },
  { table: 'answers', id: 'an1', schoolId: SCHOOL_ID, kind: 'append', fields: { points: 1 }, clocks: {}, userId: 'u2', createdAt: 2 },
];

/** A device database at version 6 (every store as shipped up to 6), holding rows. */
async function writeV6Fixture(name: string): Promise<void> {
  const old = new Dexie(name);
  for (const v of DB_VERSIONS.filter((v) => v.version <= 6)) old.version(v.version).stores(v.stores);
  await old.open();
  expect(old.verno).toBe(6);
  for (const [table, rows] of Object.entries(V6_ROWS)) await old.table(table).bulkAdd(rows);
  await old.table('$outbox').bulkAdd(V6_OUTBOX);
  old.close();
}

async function openLatest(name: string): Promise<SandyqDb> {
  const db = new SandyqDb(name, { env: testEnv() });
  opened.push(db);
  await db.open();
  return db;
}

const indexesOf = (db: Dexie, table: string) =>
  db
    .table(table)
    .schema.indexes.map((i) => i.name)
    .sort();

describe('database version 7: the indexes the screens read by, and no more', () => {
  it('a version 6 database with rows opens at 7 with every row and outbox entry intact', async () => {
    const name = uniqueDbName('v6');
    await writeV6Fixture(name);
    const db = await openLatest(name);

    expect(LATEST_DB_VERSION).toBeGreaterThanOrEqual(7);
    expect(db.verno).toBe(LATEST_DB_VERSION);
    for (const [table, rows] of Object.entries(V6_ROWS)) expect(await db.table(table).toArray()).toEqual(rows);
    expect(await db.$outbox.toArray()).toEqual(V6_OUTBOX.map((e, i) => ({ ...e, seq: i + 1 })));
  });

  it('keeps only the indexes a read uses on the tables a term fills', async () => {
    const name = uniqueDbName('v6');
    await writeV6Fixture(name);
    const db = await openLatest(name);

    expect(indexesOf(db, 'answers')).toEqual(['pupilId']);
    expect(indexesOf(db, 'attendanceMarks')).toEqual(['[classSetId+date]', '[pupilId+date]', 'sessionId']);
    expect(indexesOf(db, 'marks')).toEqual(['[classSetId+subjectId]', '[pupilId+subjectId]', 'schoolId']);
    expect(indexesOf(db, 'lessonSessions')).toEqual(['[classSetId+date]', '[groupId+date]', 'date']);
  });

  it("the screens' reads by the indexes that stay find the upgraded rows", async () => {
    const name = uniqueDbName('v6');
    await writeV6Fixture(name);
    const db = await openLatest(name);

    // The register (marks of a session), attendance reports (a pupil's and a class's dates).
    expect((await readMarksOfSessions(db, ['s2'])).map((r) => r.id)).toEqual(['a2']);
    expect(
      (await db.rows('attendanceMarks').where('[pupilId+date]').between(['p1', '2026-09-02'], ['p1', '2026-09-30'], true, true).toArray()).map(
        (r) => r.id,
      ),
    ).toEqual(['a2']);
    expect((await db.rows('attendanceMarks').where('[classSetId+date]').equals(['c5', '2026-09-01']).toArray()).map((r) => r.id)).toEqual(['a1']);
    // A class's study time (answers by pupil).
    expect((await liveRows(db, 'answers').whereAnyOf('pupilId', ['p2'])).map((r) => r.id)).toEqual(['an2']);
    // Gradebooks and the school's achievement.
    expect((await liveRows(db, 'marks').where('[classSetId+subjectId]', ['c6', 'sub1'])).map((r) => r.id)).toEqual(['m2']);
    expect((await liveRows(db, 'marks').whereAnyOf('[pupilId+subjectId]', [['p1', 'sub1']])).map((r) => r.id)).toEqual(['m1']);
    expect((await liveRows(db, 'marks').where('schoolId', SCHOOL_ID)).map((r) => r.id).sort()).toEqual(['m1', 'm2']);
    // The day's lessons, a class's and a group's sessions.
    expect((await db.rows('lessonSessions').where('date').equals('2026-09-02').toArray()).map((r) => r.id)).toEqual(['s2']);
    expect((await db.rows('lessonSessions').where('[classSetId+date]').equals(['c5', '2026-09-01']).toArray()).map((r) => r.id)).toEqual(['s1']);
    expect((await db.rows('lessonSessions').where('[groupId+date]').equals(['g1', '2026-09-02']).toArray()).map((r) => r.id)).toEqual(['s2']);
  });
});
