/**
 * Two schools on one server, each with a head, a teacher and a pupil account, and person
 * rows (staff and pupils) as sync stores them; driven through `inject()` with a test clock.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '@/server/app';
import type { Database } from '@/server/storage/database';
import type { RateLimit } from '@/server/auth/SlidingWindowCounter';
import { insertSchool, type SchoolAccount } from '@/server/accounts/schoolStore';
import { createUser, type UserAccount } from '@/server/accounts/userStore';
import { TEST_SCRYPT_PARAMS } from '../../support/server';
import { emptyDatabase } from '../accounts/accountsFixture';

export const PASSWORD = 'aq-bota-2026';

export interface SchoolSide {
  school: SchoolAccount;
  head: UserAccount;
  teacher: UserAccount;
  pupil: UserAccount;
  headToken: string;
  teacherToken: string;
  pupilToken: string;
}

export interface PeopleFixture {
  db: Database;
  app: FastifyInstance;
  time: { now: number };
  a: SchoolSide;
  b: SchoolSide;
  login(login: string, password: string): Promise<LightMyRequestResponse>;
  call(token: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  addStaff(schoolId: string, fields?: Record<string, unknown>): Promise<string>;
  addPupil(schoolId: string, fields?: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

export async function openPeopleFixture(
  db: Database,
  options: { rateLimit?: RateLimit; passwordChangeLimit?: RateLimit } = {},
): Promise<PeopleFixture> {
  await emptyDatabase(db);
  await db.exec('TRUNCATE people_audit');
  const time = { now: Date.parse('2026-11-23T08:00:00Z') };
  const app = await buildApp({ database: db, now: () => time.now, people: { passwordParams: TEST_SCRYPT_PARAMS, ...options } });
  let seq = 0;
  const addRecord = async (schoolId: string, tbl: string, audience: string, data: Record<string, unknown>): Promise<string> => {
    const id = randomUUID();
    await db.query('INSERT INTO records (school_id, tbl, id, data, clocks, seq, audience) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      schoolId,
      tbl,
      id,
      JSON.stringify({ id, schoolId, ...data }),
      '{}',
      ++seq,
      audience,
    ]);
    return id;
  };
  const addStaff = (schoolId: string, fields: Record<string, unknown> = {}) =>
    addRecord(schoolId, 'staff', 'school', { surname: 'Сейітова', name: 'Аружан', roles: ['teacher'], status: 'active', ...fields });
  const addPupil = (schoolId: string, fields: Record<string, unknown> = {}) =>
    addRecord(schoolId, 'pupils', 'self', { surname: 'Ахметов', name: 'Нұрлан', status: 'active', ...fields });
  const login = (name: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: name, password, deviceId: randomUUID() }, remoteAddress: '127.0.0.2' });
  const side = async (tag: string): Promise<SchoolSide> => {
    const school: SchoolAccount = { id: randomUUID(), name: `Мектеп ${tag}`, district: 'Мұғалжар ауданы' };
    await insertSchool(db, school);
    const make = async (name: string, roles: UserAccount['roles'], links: Partial<UserAccount>) =>
      createUser(
        db,
        { schoolId: school.id, login: `${name}-${tag}`, displayName: `${name} ${tag}`, roles, password: PASSWORD, ...links },
        TEST_SCRYPT_PARAMS,
      );
    const head = await make('head', ['head', 'teacher'], { staffId: await addStaff(school.id, { roles: ['head'] }) });
    const teacher = await make('teacher', ['teacher'], { staffId: await addStaff(school.id) });
    const pupil = await make('pupil', ['pupil'], { pupilId: await addPupil(school.id) });
    const token = async (u: UserAccount) => (await login(u.login, PASSWORD)).json().token as string;
    return { school, head, teacher, pupil, headToken: await token(head), teacherToken: await token(teacher), pupilToken: await token(pupil) };
  };
  const a = await side('a');
  const b = await side('b');
  return {
    db,
    app,
    time,
    a,
    b,
    login,
    call: (token, method, url, payload) =>
      app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { authorization: `Bearer ${token}` },
        ...(payload === undefined ? {} : { payload: payload as object }),
      }),
    addStaff,
    addPupil,
    close: () => app.close(),
  };
}
