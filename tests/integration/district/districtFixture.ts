/**
 * A district of two schools with a quarter of marks each (the demo school and a second one
 * built from another seed, `quarterMarks` of the benchmarks), two held lessons with one
 * absence in the first school, and a third school of another district (its demo rows and two lessons)
 * with its own methodologist. The second and third schools' accounts get a suffix (logins are unique
 * across the server).
 */
import { insertSchool } from '@/server/accounts/schoolStore';
import { insertUser, prepareUser } from '@/server/accounts/userStore';
import { writeSystemRecords, type SystemRecord } from '@/server/accounts/writeSystemRecords';
import { buildDemoSchool, type DemoSchool } from '@/server/demo/buildDemoSchool';
import type { Database } from '@/server/storage/database';
import { ServerClock } from '@/server/sync/serverClock';
import { quarterMarks } from '../../bench/quarterMarks';
import { TEST_SCRYPT_PARAMS } from '../../support/server';

export const OTHER_DISTRICT = 'Басқа ауданы';
/** A psychologist's note in the programme's records: staff-only, never in the district's bytes. */
export const STAFF_ONLY_NOTE = 'Психолог ескертпесі: тек мектеп қызметкерлеріне';

export interface DistrictFixture {
  readonly schools: readonly DemoSchool[];
  /** The school of the other district. */
  readonly other: DemoSchool;
  /** Logins (passwords are the demo's) by school index: the first school's are unchanged. */
  loginOf(schoolIndex: number, login: string): { login: string; password: string };
  /** The first school's class set with the two held lessons, its pupil count, and the absences. */
  readonly lessons: {
    readonly classSetId: string;
    readonly grade: number;
    readonly subjectCode: string;
    readonly pupils: number;
    readonly absences: number;
  };
}

/** Seeds schools 2 and 3 (school 1, the demo, is seeded by startTestServer) and every school's marks. */
export async function seedDistrict(db: Database, first: DemoSchool): Promise<DistrictFixture> {
  const clock = new ServerClock(Date.now);
  const second = buildDemoSchool('district-second');
  const other = buildDemoSchool('district-other');
  const suffix = ['', '-2', '-3'];
  const all = [first, second, other];
  const heads = await Promise.all(
    [second, other].map((school, i) =>
      Promise.all(
        school.accounts
          .filter((a) => a.login === 'head' || a.login === 'methodologist' || a.login === 'teacher1')
          .map((a) =>
            prepareUser(
              {
                schoolId: school.school.id,
                id: a.userId,
                login: `${a.login}${suffix[i + 1]}`,
                displayName: a.displayName,
                roles: a.roles,
                password: a.password,
                ...(a.staffId ? { staffId: a.staffId } : {}),
                ...(school === other && a.district ? { district: OTHER_DISTRICT } : a.district ? { district: a.district } : {}),
              },
              TEST_SCRYPT_PARAMS,
            ),
          ),
      ),
    ),
  );
  for (const [i, school] of [second, other].entries()) {
    await db.transaction(async (tx) => {
      await insertSchool(tx, school === other ? { ...school.school, district: OTHER_DISTRICT } : school.school);
      for (const user of heads[i]!) await insertUser(tx, user);
      await writeSystemRecords(tx, school.school.id, school.records, clock);
    });
  }
  const lessons = heldLessons(first);
  for (const school of [first, second]) {
    const extra = school === first ? lessons.records : [];
    await db.transaction((tx) => writeSystemRecords(tx, school.school.id, [...someSubjects(school, quarterMarks(school).records), ...extra], clock));
  }
  // The other district's school needs figures, not a quarter of marks: its lessons give it attendance.
  await db.transaction((tx) => writeSystemRecords(tx, other.school.id, heldLessons(other).records, clock));
  return {
    schools: [first, second],
    other,
    loginOf(schoolIndex, login) {
      const school = all[schoolIndex]!;
      const account = school.accounts.find((a) => a.login === login)!;
      return { login: `${login}${suffix[schoolIndex]}`, password: account.password };
    },
    lessons: lessons.facts,
  };
}

/** The quarter's work in three subjects only (the whole school's would take the test 4 times longer). */
function someSubjects(school: DemoSchool, records: readonly SystemRecord[]): SystemRecord[] {
  const codes = new Set(['mathematics', 'physics', 'kazakhLanguage']);
  const subjects = new Set(school.records.filter((r) => r.table === 'subjects' && codes.has(String(r.fields.code))).map((r) => r.id));
  const kept = new Set(records.filter((r) => r.table === 'assessments' && subjects.has(String(r.fields.subjectId))).map((r) => r.id));
  // Mathematics keeps the scored attempts of 5-6 Б, so both ways to a term mark are compared.
  return records.filter((r) =>
    r.table === 'assessments' || r.table === 'marks'
      ? subjects.has(String(r.fields.subjectId))
      : r.table === 'assignments' || r.table === 'attempts' || r.table === 'attemptResults'
        ? kept.has(String(r.fields.assessmentId))
        : true,
  );
}

/** Two held lessons of the first class set (quarter 2) and one pupil absent from one of them. */
function heldLessons(school: DemoSchool) {
  const classSet = school.records.find((r) => r.table === 'classSets')!;
  const pupils = school.records.filter((r) => r.table === 'pupils' && r.fields.classSetId === classSet.id);
  const subject = school.records.find((r) => r.table === 'subjects')!;
  const teacherId = school.accounts.find((a) => a.login === 'teacher1')!.staffId!;
  const grade = Number(pupils[0]!.fields.grade);
  const records: SystemRecord[] = ['2026-11-24', '2026-11-25'].map((date, i) => ({
    table: 'lessonSessions',
    id: `district-lesson-${i}`,
    fields: { classSetId: classSet.id, date, period: 2, subjectId: subject.id, teacherId, mode: 'inClass', status: 'held' },
  }));
  // Two link measurements: the later one (3 of 8 Mbit/s, under half) is the one the district sees.
  for (const [i, downMbps] of [7.5, 3].entries())
    records.push({
      table: 'linkMeasurements',
      id: `district-link-${i}`,
      fields: {
        measuredAt: Date.UTC(2026, 10, 24 + i, 5),
        downMbps,
        upMbps: 1,
        rttMs: 640,
        bytesUsed: 4_000_000,
        trigger: 'scheduled',
        connection: 'satellite',
        contractedMbps: 8,
        deviceId: 'laptop-1',
      },
    });
  // The Digital teacher programme: three grade-9 pupils in physics (start 40 %, end 40 + 10·i %) and one
  // grade-8 pupil, whose line of one is never sent. Their staff-only notes must never leave.
  const physics = school.records.find((r) => r.table === 'subjects' && r.fields.code === 'physics')!.id;
  const ofGrade = (grade: number) => school.records.filter((r) => r.table === 'pupils' && r.fields.grade === grade);
  [...ofGrade(9).slice(0, 3), ...ofGrade(8).slice(0, 1)].forEach((pupil, i) =>
    records.push({
      table: 'welfareRecords',
      id: `district-welfare-${i}`,
      fields: {
        pupilId: pupil.id,
        lowIncome: true,
        psychologistNotes: STAFF_ONLY_NOTE,
        subjectIds: [physics],
        laggingTopics: [],
        checkpoints: [
          { subjectId: physics, kind: 'start', date: '2026-10-01', score: 4, maxScore: 10 },
          { subjectId: physics, kind: 'end', date: '2026-12-01', score: 4 + i, maxScore: 10 },
        ],
      },
    }),
  );
  records.push({
    table: 'attendanceMarks',
    id: 'district-absence',
    fields: { sessionId: 'district-lesson-0', pupilId: pupils[0]!.id, classSetId: classSet.id, date: '2026-11-24', status: 'absent' },
  });
  return {
    records,
    facts: {
      classSetId: classSet.id,
      grade,
      subjectCode: String(subject.fields.code),
      pupils: pupils.length,
      absences: 1,
      allSameGrade: pupils.every((p) => p.fields.grade === grade),
    },
  };
}
