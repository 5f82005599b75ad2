import { afterEach, describe, expect, it } from 'vitest';
import { loadClassSetReport, loadPupilReport, loadSchoolReport } from '@/client/attendance/attendanceReports';
import { loadRegister } from '@/client/attendance/loadRegister';
import { markAllPresent, setMarkStatus } from '@/client/attendance/markAttendance';
import type { SandyqDb } from '@/client/db/db';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import { ASSISTANT, SCHOOL_ID, makeDb } from '../db/testDb';
import { CLASS_56, CLASS_78, DATE, seedAttendanceSchool } from './attendanceSchool';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const THRESHOLDS = { absencePercent: 20, consecutiveAbsences: 3 };
const WEEK = { from: '2026-11-23', to: '2026-11-29' };

/** Tuesday's two lessons kept: Ахметов absent then ill (a whole day missed), Бекова late to the first. */
async function keptTuesday() {
  const db = makeDb();
  opened.push(db);
  const school = await seedAttendanceSchool(db, ASSISTANT);
  for (const [slot, marks] of [
    [school.slotMaths, { [school.pupils.ahmetov]: 'absent', [school.pupils.bekova]: 'late' }],
    [school.slotKazakh, { [school.pupils.ahmetov]: 'ill' }],
  ] as const) {
    const reg = (await loadRegister(db, { schoolId: SCHOOL_ID, sessionId: lessonSessionId(slot, DATE), date: DATE }))!;
    for (const pupil of reg.pupils) {
      const status = (marks as Record<string, 'absent' | 'late' | 'ill'>)[pupil.pupilId];
      if (status) await setMarkStatus(db, ASSISTANT, reg, pupil, status);
    }
    await markAllPresent(db, ASSISTANT, reg, (await loadRegister(db, { schoolId: SCHOOL_ID, sessionId: reg.id, date: DATE }))!.pupils);
  }
  return { db, school };
}

describe('attendance reports from the device', () => {
  it("a class set's week: counts by code, whole days, latenesses, percent present, highlights, and the paper journal", async () => {
    const { db, school } = await keptTuesday();
    const { report, journal } = await loadClassSetReport(db, CLASS_56, WEEK, THRESHOLDS, { language: 'kk' });
    expect(report.heldLessons).toBe(2);
    expect(
      report.rows.map((r) => [
        r.person.surname,
        r.summary.heldLessons,
        r.summary.missed,
        r.summary.wholeDaysMissed.length,
        r.summary.latenesses,
        r.summary.presentPercent,
        r.flags.overAbsenceThreshold,
      ]),
    ).toEqual([
      ['Ахметов', 2, { absent: 1, excused: 0, ill: 1, total: 2 }, 1, 0, 0, true],
      ['Бекова', 2, { absent: 0, excused: 0, ill: 0, total: 0 }, 0, 1, 100, false],
      ['Жұмабаев', 2, { absent: 0, excused: 0, ill: 0, total: 0 }, 0, 0, 100, false],
    ]);
    expect(report.totals).toMatchObject({ pupils: 3, pupilLessons: 6, missed: { total: 2 }, latenesses: 1, flaggedPupils: 1 });
    expect(report.totals.presentPercent).toBeCloseTo((4 * 100) / 6);
    // The paper form: ill prints as absence (Ж), lateness is left out.
    expect(journal.rows.map((r) => r.cells)).toEqual([
      ['Ж', 'Ж'],
      ['', ''],
      ['', ''],
    ]);
    expect((await loadClassSetReport(db, CLASS_56, WEEK, THRESHOLDS, { language: 'ru', form: 'detailed' })).journal.rows.map((r) => r.cells)).toEqual(
      [
        ['н', 'б'],
        ['о', ''],
        ['', ''],
      ],
    );
    expect(school.pupils.ahmetov).toBe(report.rows[0]!.pupilId);
  });

  it("the school's report sums its class sets; a pupil's report follows them", async () => {
    const { db, school } = await keptTuesday();
    const report = await loadSchoolReport(db, [CLASS_56, CLASS_78], WEEK, THRESHOLDS);
    expect(report.classSets.map((c) => [c.classSetId, c.heldLessons, c.totals.pupils])).toEqual([
      [CLASS_56, 2, 3],
      [CLASS_78, 0, 1],
    ]);
    expect(report.totals).toMatchObject({ pupilLessons: 6, missed: { absent: 1, ill: 1, total: 2 }, latenesses: 1 });
    const pupil = await loadPupilReport(db, school.pupils.ahmetov, WEEK, THRESHOLDS);
    expect(pupil?.lessons.map((l) => [l.period, l.status])).toEqual([
      [1, 'absent'],
      [2, 'ill'],
    ]);
    expect(pupil?.summary.wholeDaysMissed).toEqual([DATE]);
  });
});
