/**
 * Opening a register on a laptop that holds a term of marks (issue 4's closing figure).
 *
 * The device database is seeded as a laptop is after pulling the `school-term` workload's
 * attendance: a combined class 5-6 of 25 pupils and four more class sets of 10, each with
 * 6 lessons a day over 60 school days, every lesson held and every pupil marked on it
 * (1,800 lessons, 23,400 marks; about 10 % not present). The rows are stored by
 * `applyRemoteChanges`, the path sync stores them by.
 *
 * Measured, each as the median of many runs on a warm database:
 * - `registerOpenMs`: `loadRegister` for one lesson of 5-6 on the term's last day, i.e.
 *   what the register screen reads and builds when it opens (the day's lessons from the
 *   timetable and stored sessions, the class's roll on that date, the lesson's marks and
 *   their open conflicts);
 * - `termReportMs`: `loadClassSetReport` for 5-6 over the 60 days (9,000 marks indexed,
 *   the per-pupil summary and the paper journal grid), what Reports builds for the term.
 *
 * Two rows:
 * - `device=fake-indexeddb`: the two reads above in Node, on fake-indexeddb as in the unit
 *   and sync benches. Its CPU cost is not a browser's IndexedDB, so these figures compare
 *   builds of this code with each other, not with a laptop.
 * - `device=chromium`: the real thing on this machine. The same term is written on the
 *   server into the demo school, the head's laptop (headless Chromium, the built app)
 *   pulls it, and the app itself is timed in the page: from the address change to 25
 *   marked rows on screen (the register opened from the day's lessons), and to the term's
 *   figures and journal page on screen (the report, 9,000 journal cells).
 */
import '../support/setupFakeIndexedDb';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { loadClassSetReport } from '@/client/attendance/attendanceReports';
import { loadRegister } from '@/client/attendance/loadRegister';
import { attendanceMarkId } from '@/client/attendance/markId';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import { SandyqDb } from '@/client/db/db';
import { writeSystemRecords } from '@/server/accounts/writeSystemRecords';
import { ServerClock } from '@/server/sync/serverClock';
import { isSchoolDay } from '@/domain/academicCalendar';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@/domain/attendance';
import { addDays, weekdayOf } from '@/domain/dates';
import type { AcademicYear } from '@/domain/entities/academicYear';
import { formatStamp } from '@/domain/hlc';
import { derivedId } from '@/domain/ids';
import { seededRandom } from '@/domain/seededRandom';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import type { PulledRow } from '@/sync/protocol';
import { openApp, signIn } from '../e2e/helpers/app';
import { chromiumPath, launchBrowser } from '../support/browser';
import { TEST_DATABASES } from '../support/databases';
import { startTestServer } from '../support/server';
import { median, type Benchmark, type BenchResult } from './benchmark';
import { timeInPage } from './timeInPage';

const SCHOOL_ID = derivedId('bench-register', 'school');
const TARGET_CLASS = derivedId('bench-register', 'classSet', '5-6');
const CLASS_SETS = [
  { id: TARGET_CLASS, name: '5-6', grades: [5, 6], pupils: 25 },
  ...['1', '2-3', '4', '7-8'].map((name, i) => ({ id: derivedId('bench-register', 'classSet', name), name, grades: [i + 1], pupils: 10 })),
];
const PERIODS = 6;
const DAYS = 60;
const YEAR: AcademicYear = {
  name: '2026-2027',
  startsOn: '2026-09-01',
  endsOn: '2027-05-25',
  quarters: [
    { startsOn: '2026-09-01', endsOn: '2026-10-26' },
    { startsOn: '2026-11-03', endsOn: '2026-12-29' },
    { startsOn: '2027-01-08', endsOn: '2027-03-17' },
    { startsOn: '2027-03-30', endsOn: '2027-05-25' },
  ],
  holidays: [{ name: 'Республика күні', from: '2026-10-25', to: '2026-10-26' }],
  schoolWeek: [1, 2, 3, 4, 5],
};
/** Lessons timed per figure: enough that the median is steady, few enough to stay quick. */
const SAMPLES_PER_RUN = 20;
const PAGE_ROWS = 2_000;
/** Register openings timed in Chromium per run. */
const CHROMIUM_REGISTER_SAMPLES = 5;
/** A first pull of the demo school and the term (about 26,000 rows) on a busy machine. */
const PULL_TIMEOUT_MS = 180_000;

interface SeededTerm {
  readonly db: SandyqDb;
  readonly days: readonly string[];
  readonly rows: number;
  readonly marks: number;
}

function schoolDays(): string[] {
  const days: string[] = [];
  for (let date = YEAR.startsOn; days.length < DAYS; date = addDays(date, 1)) if (isSchoolDay(date, YEAR)) days.push(date);
  return days;
}

interface TermRecord {
  readonly table: PulledRow['table'];
  readonly id: string;
  readonly fields: Record<string, unknown>;
}

/** The term's rows (everything but the year, whose id is given): rolls, timetable, held lessons, marks. */
function termRecords(yearId: string, days: readonly string[]): TermRecord[] {
  const random = seededRandom('bench-register');
  const subjectId = derivedId('bench-register', 'subject');
  const teacherId = derivedId('bench-register', 'teacher');
  const out: TermRecord[] = [
    { table: 'subjects', id: subjectId, fields: { code: 'benchMathematics', names: { kk: 'Математика', ru: 'Математика', en: 'Mathematics' } } },
  ];
  const add = (table: TermRecord['table'], id: string, fields: Record<string, unknown>) => out.push({ table, id, fields });
  for (const set of CLASS_SETS) {
    add('classSets', set.id, { name: set.name, grades: set.grades, language: 'kk', academicYearId: yearId, status: 'active' });
    const pupils = Array.from({ length: set.pupils }, (_, i) => {
      const pupilId = derivedId('bench-register', set.name, 'pupil', String(i));
      const grade = set.grades[i % set.grades.length]!;
      add('pupils', pupilId, { surname: `Тегі${i}`, name: `Аты${i}`, grade, classSetId: set.id, status: 'active' });
      add('enrolments', derivedId('bench-register', 'enrolment', pupilId), { pupilId, classSetId: set.id, grade, from: YEAR.startsOn });
      return pupilId;
    });
    for (const weekday of YEAR.schoolWeek) {
      for (let period = 1; period <= PERIODS; period++) {
        add('timetableSlots', slotIdOf(set.name, weekday, period), {
          classSetId: set.id,
          weekday,
          period,
          subjectId,
          teacherId,
          mode: 'inClass',
          validFrom: YEAR.startsOn,
        });
      }
    }
    for (const date of days) {
      for (let period = 1; period <= PERIODS; period++) {
        const slotId = slotIdOf(set.name, weekdayOf(date), period);
        const sessionId = lessonSessionId(slotId, date);
        add('lessonSessions', sessionId, { classSetId: set.id, date, period, subjectId, teacherId, mode: 'inClass', slotId, status: 'held' });
        for (const pupilId of pupils) {
          const status: AttendanceStatus = random.next() < 0.9 ? 'present' : random.pick(ATTENDANCE_STATUSES.slice(1));
          add('attendanceMarks', attendanceMarkId(sessionId, pupilId), { sessionId, pupilId, classSetId: set.id, date, status });
        }
      }
    }
  }
  return out;
}

function slotIdOf(classSet: string, weekday: number, period: number): string {
  return derivedId('bench-register', classSet, 'slot', String(weekday), String(period));
}

/** The year and the term as rows pulled from the server, each field stamped as the server would. */
function pulledTerm(days: readonly string[]): PulledRow[] {
  const yearId = derivedId('bench-register', 'year');
  const records: TermRecord[] = [{ table: 'academicYears', id: yearId, fields: { ...YEAR } }, ...termRecords(yearId, days)];
  return records.map((r, i) => {
    const stamp = formatStamp({ millis: Date.UTC(2026, 8, 1) + i, counter: 0, node: '0000000000000000' });
    return {
      table: r.table,
      id: r.id,
      schoolId: SCHOOL_ID,
      fields: r.fields,
      clocks: Object.fromEntries(Object.keys(r.fields).map((f) => [f, stamp])),
    };
  });
}

async function seedTerm(): Promise<SeededTerm> {
  const db = new SandyqDb(`bench-register-${Date.now()}`);
  await db.open();
  const days = schoolDays();
  const rows = pulledTerm(days);
  for (let i = 0; i < rows.length; i += PAGE_ROWS) await applyRemoteChanges(db, rows.slice(i, i + PAGE_ROWS));
  return { db, days, rows: rows.length, marks: rows.filter((r) => r.table === 'attendanceMarks').length };
}

async function measureInChromium(distDir: string, runs: number, log: (line: string) => void): Promise<BenchResult> {
  const row = { name: 'register-open', workload: 'school-term', link: 'none', device: 'chromium' };
  if (!chromiumPath()) return { ...row, registerOpenMs: null, note: 'skipped: no Chromium (set CHROMIUM_PATH)' };
  const database = await TEST_DATABASES[0]!.open();
  let browser: Browser | undefined;
  try {
    const server = await startTestServer({ database, demo: true, distDir });
    try {
      const demo = server.demo!;
      const days = schoolDays();
      const records = termRecords(demo.records.find((r) => r.table === 'academicYears')!.id, days);
      let start = performance.now();
      await database.transaction((tx) => writeSystemRecords(tx, demo.school.id, records, new ServerClock(Date.now)));
      log(`register-open (chromium): ${records.length} rows written on the server in ${Math.round(performance.now() - start)} ms`);

      browser = await launchBrowser();
      const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
      start = performance.now();
      await openApp(page, server.url);
      await signIn(
        page,
        demo.accounts.find((a) => a.login === 'head')!,
      );
      const first = days[0]!;
      const last = days.at(-1)!;
      const sessionId = lessonSessionId(slotIdOf('5-6', weekdayOf(last), 3), last);
      const dayList = `#/attendance?date=${last}`;
      const register = `${dayList}&session=${sessionId}`;
      const marked = { selector: '.register-row[data-stored="true"]', count: 25 };
      await page.goto(`${server.url}/${register}`);
      await page.waitForFunction((n) => document.querySelectorAll('.register-row[data-stored="true"]').length === n, 25, {
        timeout: PULL_TIMEOUT_MS,
      });
      log(`register-open (chromium): the term pulled and a register shown in ${Math.round(performance.now() - start)} ms`);

      const registerMs: number[] = [];
      for (let i = 0; i < runs * CHROMIUM_REGISTER_SAMPLES; i++) {
        await timeInPage(page, dayList, { selector: '.lesson-card' });
        registerMs.push(await timeInPage(page, register, marked));
      }
      const reportMs: number[] = [];
      const report = (period: string) => `#/reports?scope=${TARGET_CLASS}&${period}`;
      for (let i = 0; i < runs; i++) {
        await timeInPage(page, report(`period=day&date=${last}`), { selector: 'tfoot [data-figure="lessons"]', text: String(25 * PERIODS) });
        reportMs.push(
          await timeInPage(page, report(`period=custom&from=${first}&to=${last}&date=${last}`), {
            selector: 'tfoot [data-figure="lessons"]',
            text: String(25 * PERIODS * DAYS),
          }),
        );
      }
      log(`register-open (chromium): register ${medianOf(registerMs)} ms, term report ${medianOf(reportMs)} ms`);
      return {
        ...row,
        samples: registerMs.length,
        registerOpenMs: medianOf(registerMs),
        registerOpenMsMax: round(Math.max(...registerMs)),
        termReportMs: medianOf(reportMs),
        termReportMsMax: round(Math.max(...reportMs)),
        note: 'headless Chromium, the built app: address change to rows on screen',
      };
    } finally {
      await browser?.close();
      await server.close();
    }
  } finally {
    await database.close();
  }
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Tenths of a millisecond: `median` works in whole numbers. */
const round = (ms: number) => Math.round(ms * 10) / 10;
const medianOf = (values: readonly number[]) => (median(values.map((v) => Math.round(v * 10))) ?? 0) / 10;

export const registerOpen: Benchmark = {
  name: 'register-open',
  async run({ distDir, runs, log }) {
    return [await measureInNode(runs, log), await measureInChromium(distDir, runs, log)];
  },
};

async function measureInNode(runs: number, log: (line: string) => void): Promise<BenchResult> {
  const row = { name: 'register-open', workload: 'school-term', link: 'none', device: 'fake-indexeddb' };
  const seedStart = performance.now();
  const term = await seedTerm();
  log(`register-open (fake-indexeddb): ${term.rows} rows stored in ${Math.round(performance.now() - seedStart)} ms`);
  try {
    const lastDay = term.days.at(-1)!;
    const range = { from: term.days[0]!, to: lastDay };
    const query = { schoolId: SCHOOL_ID, sessionId: lessonSessionId(slotIdOf('5-6', weekdayOf(lastDay), 3), lastDay), date: lastDay };
    const check = await loadRegister(term.db, query);
    if (check?.pupils.length !== 25 || check.pupils.some((p) => p.mark === undefined))
      throw new Error('the register did not open with its 25 marked pupils');
    const thresholds = { absencePercent: 20, consecutiveAbsences: 3 };
    const report = await loadClassSetReport(term.db, TARGET_CLASS, range, thresholds, { language: 'kk' });
    if (report.report.heldLessons !== DAYS * PERIODS || report.journal.rows.length !== 25) throw new Error('the term report does not hold the term');

    const samples = runs * SAMPLES_PER_RUN;
    const registerMs: number[] = [];
    const reportMs: number[] = [];
    for (let i = 0; i < samples; i++) registerMs.push(await timed(() => loadRegister(term.db, query)));
    for (let i = 0; i < Math.max(runs * 3, 5); i++)
      reportMs.push(await timed(() => loadClassSetReport(term.db, TARGET_CLASS, range, thresholds, { language: 'kk' })));
    log(`register-open (fake-indexeddb): register ${medianOf(registerMs)} ms, term report ${medianOf(reportMs)} ms`);
    return {
      ...row,
      pupils: 25,
      lessons: DAYS * PERIODS * CLASS_SETS.length,
      marks: term.marks,
      samples,
      registerOpenMs: medianOf(registerMs),
      registerOpenMsMax: round(Math.max(...registerMs)),
      termReportMs: medianOf(reportMs),
      termReportMsMax: round(Math.max(...reportMs)),
      note: 'fake-indexeddb in Node: compare builds, not laptops',
    };
  } finally {
    term.db.close();
    await term.db.delete();
  }
}
