/**
 * A small school for randomized sync tests: three staff accounts (head, teacher,
 * assistant), two class sets, three pupils, a subject and two lessons, stored on the
 * server as system records. Each seed gets its own school, so seeds share one database.
 */
import { derivedId } from '@/domain/ids';
import type { Database } from '@/server/storage/database';
import { insertSchool } from '@/server/accounts/schoolStore';
import { createUser } from '@/server/accounts/userStore';
import { writeSystemRecords, type SystemRecord } from '@/server/accounts/writeSystemRecords';
import type { ServerClock } from '@/server/sync/serverClock';
import { TEST_SCRYPT_PARAMS } from './server';

export interface FuzzSchool {
  schoolId: string;
  logins: { head: string; teacher: string; assistant: string };
  password: string;
  classSetIds: string[];
  pupilIds: string[];
  sessionIds: string[];
  subjectId: string;
  teacherStaffId: string;
}

export async function createFuzzSchool(db: Database, seed: string, clock: ServerClock): Promise<FuzzSchool> {
  const id = (...parts: string[]) => derivedId('fuzz', seed, ...parts);
  const schoolId = id('school');
  const yearId = id('year');
  const classSetIds = [id('cs', '1'), id('cs', '2')];
  const pupilIds = [id('p', '1'), id('p', '2'), id('p', '3')];
  const sessionIds = [id('s', '1'), id('s', '2')];
  const subjectId = id('subject');
  const staff = { head: id('staff', 'head'), teacher: id('staff', 'teacher'), assistant: id('staff', 'assistant') };
  const records: SystemRecord[] = [
    {
      table: 'schools',
      id: schoolId,
      fields: {
        name: `Fuzz ${seed}`,
        kind: 'small',
        teachingModel: 3,
        connection: 'satellite',
        region: 'Ақтөбе облысы',
        district: 'Мұғалжар ауданы',
        languages: ['kk'],
      },
    },
    {
      table: 'academicYears',
      id: yearId,
      fields: {
        name: '2026-2027',
        startsOn: '2026-09-01',
        endsOn: '2027-05-25',
        quarters: [
          { startsOn: '2026-09-01', endsOn: '2026-10-26' },
          { startsOn: '2026-11-03', endsOn: '2026-12-29' },
          { startsOn: '2027-01-08', endsOn: '2027-03-17' },
          { startsOn: '2027-03-30', endsOn: '2027-05-25' },
        ],
        holidays: [],
        schoolWeek: [1, 2, 3, 4, 5],
      },
    },
    ...(['head', 'teacher', 'assistant'] as const).map((role) => ({
      table: 'staff' as const,
      id: staff[role],
      fields: { surname: 'Сапарова', name: role, roles: [role], status: 'active' },
    })),
    { table: 'subjects', id: subjectId, fields: { code: 'math', names: { kk: 'Математика', ru: 'Математика', en: 'Mathematics' }, grades: [5, 6] } },
    ...classSetIds.map((cs, i) => ({
      table: 'classSets' as const,
      id: cs,
      fields: { name: `${5 + i}`, grades: [5 + i], language: 'kk', academicYearId: yearId, status: 'active' },
    })),
    ...pupilIds.map((p, i) => ({
      table: 'pupils' as const,
      id: p,
      fields: { surname: 'Ахметов', name: `Оқушы ${i}`, grade: 5, classSetId: classSetIds[0], status: 'active' },
    })),
    ...sessionIds.map((s, i) => ({
      table: 'lessonSessions' as const,
      id: s,
      fields: {
        classSetId: classSetIds[0],
        date: '2026-11-23',
        period: i + 1,
        subjectId,
        teacherId: staff.teacher,
        assistantId: staff.assistant,
        mode: 'inClass',
        status: 'planned',
      },
    })),
  ];
  const school = { id: schoolId, name: `Fuzz ${seed}`, district: 'Мұғалжар ауданы' };
  await insertSchool(db, school);
  await db.transaction((tx) => writeSystemRecords(tx, schoolId, records, clock));
  const password = 'fuzz-pass-1';
  const logins = { head: `f${seed}-head`, teacher: `f${seed}-teacher`, assistant: `f${seed}-assistant` };
  for (const role of ['head', 'teacher', 'assistant'] as const) {
    await createUser(db, { schoolId, login: logins[role], displayName: role, roles: [role], password, staffId: staff[role] }, TEST_SCRYPT_PARAMS);
  }
  return { schoolId, logins, password, classSetIds, pupilIds, sessionIds, subjectId, teacherStaffId: staff.teacher };
}
