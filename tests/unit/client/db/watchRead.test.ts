import { afterEach, describe, expect, it } from 'vitest';
import { loadRegister, type Register } from '@/client/attendance/loadRegister';
import { setMarkStatus } from '@/client/attendance/markAttendance';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import type { SandyqDb } from '@/client/db/db';
import { watchRead, type ReadOutcome } from '@/client/db/queries/watchRead';
import { trackingView } from '@/client/db/queries/trackingView';
import { formatStamp } from '@/domain/hlc';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import { DATE, seedAttendanceSchool } from '../attendance/attendanceSchool';
import type { TableName } from '@/domain/tables';
import { validRow, type RowRefs } from '../../../support/validRows';
import { ASSISTANT, SCHOOL_ID, makeDb } from './testDb';

/** Any ids: a row only has to reach the table for the watch to fire. */
const REFS: RowRefs = {
  pupilId: 'pupil-x',
  classSetId: 'class-5-6',
  subjectId: 'subject-x',
  academicYearId: 'year-x',
  staffId: 'staff-teacher-1',
  writerStaffId: 'staff-head',
};

const opened: SandyqDb[] = [];
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const d of opened.splice(0)) d.close();
});

/** Resolves with the first outcome `accept` takes, or fails the test after a while. */
function nextOutcome<T>(outcomes: ReadOutcome<T>[], accept: (value: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    let tries = 0;
    const look = () => {
      const found = outcomes.find((o) => 'value' in o && accept(o.value));
      if (found && 'value' in found) return resolve(found.value);
      if ((tries += 1) > 200) return reject(new Error(`no such read among ${outcomes.length}`));
      setTimeout(look, 10);
    };
    look();
  });
}

async function watchedRegister() {
  const db = makeDb();
  opened.push(db);
  const school = await seedAttendanceSchool(db, ASSISTANT);
  const sessionId = lessonSessionId(school.slotMaths, DATE);
  const query = { schoolId: SCHOOL_ID, sessionId, date: DATE };
  const outcomes: ReadOutcome<Awaited<ReturnType<typeof loadRegister>>>[] = [];
  // No tables declared at all: the register's many nested reads must be found by themselves.
  stops.push(
    watchRead(
      db,
      [],
      (view) => loadRegister(view, query),
      (outcome) => outcomes.push(outcome),
    ),
  );
  const first = (await nextOutcome(outcomes, () => true))!;
  const pupil = first.pupils.find((p) => p.pupilId === school.pupils.bekova)!;
  const statusIn = (reg: Register | null) => reg?.pupils.find((p) => p.pupilId === pupil.pupilId)?.mark?.status;
  return { db, first, pupil, outcomes, statusIn };
}

describe('trackingView', () => {
  it('records every table a read opens, past nested awaits, and reads the same rows as the database', async () => {
    const db = makeDb();
    opened.push(db);
    const school = await seedAttendanceSchool(db, ASSISTANT);
    const view = trackingView(db);
    const query = { schoolId: SCHOOL_ID, sessionId: lessonSessionId(school.slotMaths, DATE), date: DATE };
    expect(await loadRegister(view.db, query)).toEqual(await loadRegister(db, query));
    expect([...view.tables]).toEqual(expect.arrayContaining(['lessonSessions', 'attendanceMarks', 'conflicts', 'enrolments', 'pupils']));
  });
});

describe('watchRead: a live read with no table list', () => {
  it('updates the register after a mark written on this laptop', async () => {
    const { db, first, pupil, outcomes, statusIn } = await watchedRegister();
    expect(statusIn(first)).toBeUndefined();
    await setMarkStatus(db, ASSISTANT, first!, pupil, 'absent');
    expect(statusIn(await nextOutcome(outcomes, (reg) => statusIn(reg) === 'absent'))).toBe('absent');
    // And it settles: with nothing changing, the read is not run again and again.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
    await pause();
    const settled = outcomes.length;
    await pause();
    expect(outcomes.length).toBe(settled);
  });

  it('updates the register after a mark and a conflict arriving by sync', async () => {
    const { db, first, pupil, outcomes, statusIn } = await watchedRegister();
    const stamp = formatStamp({ millis: Date.UTC(2026, 10, 20, 9), counter: 0, node: '00000000000000cc' });
    await applyRemoteChanges(db, [
      {
        table: 'attendanceMarks',
        id: pupil.markId,
        schoolId: SCHOOL_ID,
        fields: { sessionId: first!.id, pupilId: pupil.pupilId, classSetId: pupil.classSetId, date: DATE, status: 'ill' },
        clocks: Object.fromEntries(['sessionId', 'pupilId', 'classSetId', 'date', 'status'].map((f) => [f, stamp])),
      },
    ]);
    expect(statusIn(await nextOutcome(outcomes, (reg) => statusIn(reg) === 'ill'))).toBe('ill');
    await applyRemoteChanges(db, [
      {
        table: 'conflicts',
        id: 'conflict-1',
        schoolId: SCHOOL_ID,
        fields: {
          table: 'attendanceMarks',
          rowId: pupil.markId,
          field: 'status',
          losingValue: 'late',
          losingStamp: stamp,
          winningStamp: stamp,
          status: 'open',
        },
        clocks: Object.fromEntries(['table', 'rowId', 'field', 'losingValue', 'losingStamp', 'winningStamp', 'status'].map((f) => [f, stamp])),
      },
    ]);
    const withConflict = await nextOutcome(outcomes, (reg) => (reg?.pupils.find((p) => p.pupilId === pupil.pupilId)?.conflicts.length ?? 0) > 0);
    expect(withConflict!.pupils.find((p) => p.pupilId === pupil.pupilId)!.conflicts.map((c) => c.losingValue)).toEqual(['late']);
  });

  it('runs again after a row arrives by sync in each of the tables the register reads (none is left unwatched)', async () => {
    const { db, outcomes } = await watchedRegister();
    // What the register shows comes from these tables (written out here, by the test, so a
    // table the mechanism failed to find still gets a write and the test fails).
    const tables = [
      'academicYears',
      'timetableSlots',
      'lessonSessions',
      'enrolments',
      'classSets',
      'subjects',
      'attendanceMarks',
      'pupils',
      'conflicts',
    ];
    let later = Date.UTC(2026, 10, 21, 9);
    for (const table of tables) {
      const stamp = formatStamp({ millis: (later += 60_000), counter: 0, node: '00000000000000cc' });
      const row = (await db.table(table).toCollection().first()) as
        ({ id: string; clocks: Record<string, string> } & Record<string, unknown>) | undefined;
      // A seeded row: the same value again with a later stamp. A table with no row yet (the
      // lesson not held, no marks, no conflicts): a new valid row.
      const [field] = row ? Object.keys(row.clocks) : [];
      const fields = row ? { [field!]: row[field!] } : validRow(table as TableName, REFS);
      const change = {
        table,
        id: row?.id ?? `synced-${table}`,
        schoolId: SCHOOL_ID,
        fields,
        clocks: Object.fromEntries(Object.keys(fields).map((f) => [f, stamp])),
      };
      const before = outcomes.length;
      await applyRemoteChanges(db, [change as never]);
      await expect.poll(() => outcomes.length, { timeout: 2_000 }).toBeGreaterThan(before);
    }
  });
});
